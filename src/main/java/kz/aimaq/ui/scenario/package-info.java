/**
 * The scenario panel: preset and parameters, running the simulator off the UI thread with progress
 * and cancel, trajectories and frontier charts, the recipients view and the scenario map. State is in
 * {@link kz.aimaq.ui.scenario.ScenarioViewModel}; the model is {@code core.scenario}.
 */
package kz.aimaq.ui.scenario;
