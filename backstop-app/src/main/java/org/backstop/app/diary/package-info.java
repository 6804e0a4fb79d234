/**
 * The diary: quick entries of pain, spasms and what was done, daily factors and personal
 * factors, on the person's own calendar day; its API, CSV import and export, and the
 * insights and progress read from it by the core.
 */
package org.backstop.app.diary;
