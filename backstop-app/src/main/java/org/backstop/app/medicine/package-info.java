/**
 * The medicine dose guard over HTTP ({@code POST /api/v1/medicines/check}), as a page
 * ({@code /doses}) and on the command line ({@code backstop doses}): whether the next
 * dose of each over-the-counter pain medicine is allowed now, when it would be, and how
 * much of the daily maximum is used.
 */
package org.backstop.app.medicine;
