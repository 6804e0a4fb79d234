/**
 * The medicine dose guard: given the doses a person took and when, whether the next dose
 * of each over-the-counter pain medicine is allowed now, when it would be, and how much
 * of the daily maximum is used. The limits and contraindications come from the care plan
 * ({@link org.backstop.core.careplan.DoseLimits},
 * {@link org.backstop.core.careplan.Contraindications}); this package only applies them
 * to a record of doses over time, or ({@link org.backstop.core.medicine.DoseSpacing}) to
 * a daily schedule such as a reminder's.
 */
package org.backstop.core.medicine;
