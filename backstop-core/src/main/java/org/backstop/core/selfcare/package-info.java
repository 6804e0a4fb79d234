/**
 * Value types that the care plan and the exercise library share: what an item asks of the
 * body ({@link org.backstop.core.selfcare.CareTag}), how much to do
 * ({@link org.backstop.core.selfcare.Dose}) and the evidence behind it. Kept apart so the
 * exercise library need not depend on the care plan that uses it.
 */
package org.backstop.core.selfcare;
