package org.backstop.app.diary;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.backstop.core.json.Coded;

/**
 * A diary entry as the API shows it: codes as strings, the moment with the offset of the
 * person's zone at that moment, and the local day it counts for. When a warning sign was
 * just logged, the answer to saving it also carries {@code review}: the progress and
 * escalations worked out at once, so that no client has to know to ask.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EntryView(UUID id, OffsetDateTime at, String timeZone, LocalDate date, Integer pain, Integer spasms,
		String region, String mobility, List<Treatment> treatments, List<MedicineView> medicines, List<String> symptoms,
		List<String> symptomsNotSure, String notes, Instant createdAt, Instant updatedAt, ProgressView review) {

	static EntryView of(DiaryEntry entry) {
		DiaryEntry.Details d = entry.what();
		return new EntryView(entry.id(), d.loggedAt().atZone(d.timeZone()).toOffsetDateTime(), d.timeZone().getId(),
				d.localDate(), d.pain(), d.spasms(), code(d.region()), code(d.mobility()),
				d.treatments().stream().map((t) -> new Treatment(t.name(), t.painBefore(), t.painAfter())).toList(),
				d.medicines().stream().map((m) -> new MedicineView(m.medicine().code(), m.mg())).toList(),
				d.symptoms().stream().map(Coded::code).sorted().toList(),
				d.symptomsNotSure().stream().map(Coded::code).sorted().toList(), d.notes(), entry.createdAt(),
				entry.updatedAt(), null);
	}

	/** The same entry with the review of progress made when it was saved. */
	EntryView reviewed(ProgressView review) {
		return new EntryView(this.id, this.at, this.timeZone, this.date, this.pain, this.spasms, this.region,
				this.mobility, this.treatments, this.medicines, this.symptoms, this.symptomsNotSure, this.notes,
				this.createdAt, this.updatedAt, review);
	}

	private static String code(Coded coded) {
		return (coded != null) ? coded.code() : null;
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Treatment(String name, Integer painBefore, Integer painAfter) {
	}

	public record MedicineView(String medicine, int mg) {
	}

}
