/**
 * The exercise library: steps, dosing, progression, cautions and illustrations, with the
 * tags the care plan uses to leave out what a person's situation rules out.
 */
package org.backstop.core.exercise;
