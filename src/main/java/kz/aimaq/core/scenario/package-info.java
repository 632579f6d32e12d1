/**
 * The policy simulator: a calibrated regional growth model ({@link kz.aimaq.core.scenario.Calibration}
 * from BNS data), scenarios built from presets (inertial, growth poles, redistribution, selective,
 * managed mix) or files, yearly trajectories with their inequality measures, Monte Carlo bands
 * under parameter uncertainty and the growth-equity frontier over the policy mix. Deterministic
 * for a given seed; long runs report progress and can be cancelled. The model, its defaults and
 * their sources: {@code docs/scenario-model.md}.
 */
package kz.aimaq.core.scenario;
