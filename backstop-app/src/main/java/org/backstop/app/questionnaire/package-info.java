/**
 * Validated questionnaires a person answers in Backstop (pain 0-10, PEG, STarT Back),
 * when each is next due, and the trend of their scores, scored by the core.
 */
package org.backstop.app.questionnaire;
