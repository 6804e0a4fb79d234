/**
 * How Backstop reports bad input: a {@link org.backstop.core.problem.Violation} names the
 * field and says what is wrong, and {@link org.backstop.core.problem.Checked} holds
 * either a value or its violations. Depends on nothing else in Backstop, so any feature
 * may use it.
 */
package org.backstop.core.problem;
