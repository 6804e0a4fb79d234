/**
 * Therapy timers for heat, cold, stretch holds and paced breathing: pages that show the
 * core's durations and limits, and count down with JavaScript when it is there.
 */
package org.backstop.app.timer;
