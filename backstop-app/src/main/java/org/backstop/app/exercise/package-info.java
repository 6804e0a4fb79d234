/**
 * The exercise library over HTTP, as JSON and as pages: every exercise with its steps,
 * dose, cautions and drawing, so anyone can read what the plan may suggest.
 */
package org.backstop.app.exercise;
