package org.backstop.core.medicine;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import org.backstop.core.assessment.Medicine;

/**
 * One dose a person took. Doses of different products count together when they share the
 * ingredient: {@code medicine} names the ingredient, {@code product} only the package.
 *
 * @param medicine the active ingredient, one that the guard checks
 * @param mg milligrams of that ingredient in this dose
 * @param takenAt when it was taken
 * @param product the product's name as the person calls it, or {@code null}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({ "medicine", "mg", "takenAt", "product" })
public record TakenDose(Medicine medicine, int mg, Instant takenAt, String product) {

}
