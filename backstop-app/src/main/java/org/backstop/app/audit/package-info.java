/**
 * The audit trail: who read or changed whose health data, and when, so a person can see
 * who has seen their data. It records no health data itself.
 */
package org.backstop.app.audit;
