package org.backstop.core.questionnaire;

/**
 * One interpretation band of a score.
 *
 * @param code stable snake_case name
 * @param label what it means, in plain words
 * @param criteria which scores fall in it, in words, so anyone can audit it
 */
public record Band(String code, String label, String criteria) {

}
