/**
 * The personal self-care plan: what to do, how much and for how long, what was left out
 * and why. Contraindications and dose limits live here, each in one place.
 */
package org.backstop.core.careplan;
