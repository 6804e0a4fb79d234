/**
 * Progress over time and the escalation rules applied to a diary: the trend of an
 * instrument's dated scores, whether its change matters (judged against the instrument's
 * minimal clinically important difference, with "not enough yet" below two days of
 * scores), and when to stop self-care and get care, each escalation with its reason code,
 * level, source and plain text.
 */
package org.backstop.core.progress;
