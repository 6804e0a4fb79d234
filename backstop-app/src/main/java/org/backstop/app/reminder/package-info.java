/**
 * Reminders a signed-in person sets for exercises, drinking water, questionnaires and
 * medicines: the API, the in-app page with what is due now, and a secret iCalendar feed
 * for the person's own calendar. Medicine reminders never ask for doses closer together
 * or more often than the core's dose limits allow
 * ({@link org.backstop.core.medicine.DoseSpacing}).
 */
package org.backstop.app.reminder;
