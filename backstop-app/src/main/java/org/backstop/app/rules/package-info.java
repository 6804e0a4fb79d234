/**
 * The published triage rules ({@code GET /api/v1/rules}, {@code backstop rules}), so that
 * anyone can audit the logic.
 */
package org.backstop.app.rules;
