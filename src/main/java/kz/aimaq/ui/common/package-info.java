/**
 * What UI features share without knowing the window: {@link kz.aimaq.ui.common.AppContext} (the map
 * session, tab and menu places, messages to the user).
 */
package kz.aimaq.ui.common;
