package org.backstop.core.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** The rule set as a whole: auditable, complete, and ordered. */
class RuleCatalogueTest {

	/**
	 * The condition groups of the clinical reference (FACTS table 1), all of which need a
	 * rule.
	 */
	static final Set<String> GROUPS_OF_THE_CLINICAL_REFERENCE = Set.of("Cauda equina syndrome", "Spinal stenosis",
			"Neurological deficit", "Spinal infection", "Malignancy", "Vertebral fracture",
			"Abdominal aortic aneurysm or dissection", "Cardiac causes", "Kidney infection or stones", "Pregnancy",
			"Inflammatory back pain", "Cervical myelopathy", "Not settling or not coping", "Children");

	@Test
	void everyGroupOfTheClinicalReferenceHasARule() {
		Set<String> groups = TriageRules.ALL.stream().map(TriageRule::group).collect(Collectors.toSet());
		assertThat(groups).containsAll(GROUPS_OF_THE_CLINICAL_REFERENCE);
	}

	@Test
	void everyLevelIsReachable() {
		assertThat(TriageRules.ALL.stream().map(TriageRule::level).collect(Collectors.toSet()))
			.containsExactlyInAnyOrder(TriageLevel.values());
	}

	@Test
	void codesAreUniqueAndSnakeCase() {
		List<String> codes = TriageRules.ALL.stream().map(TriageRule::code).toList();
		assertThat(codes).doesNotHaveDuplicates().allMatch((code) -> code.matches("[a-z][a-z0-9]*(_[a-z0-9]+)*"));
	}

	@Test
	void everyRuleSaysWhenItFiresWhatItMeansAndWhereItComesFrom() {
		assertThat(TriageRules.ALL).allSatisfy((rule) -> {
			assertThat(rule.criteria()).isNotBlank();
			assertThat(rule.text()).isNotBlank().endsWith(".");
			assertThat(rule.sources()).isNotEmpty();
			assertThat(rule.sourceText()).isNotBlank();
		});
	}

	@Test
	void rulesAreListedMostUrgentFirst() {
		List<TriageLevel> levels = TriageRules.ALL.stream().map(TriageRule::level).toList();
		assertThat(levels).isSorted();
	}

	@Test
	void aRuleCanOnlyBeSupersededByAMoreUrgentRuleThatExists() {
		assertThat(TriageRules.ALL).allSatisfy((rule) -> {
			for (String code : rule.supersededBy()) {
				TriageRule other = TriageRules.ALL.stream()
					.filter((r) -> r.code().equals(code))
					.findFirst()
					.orElseThrow(() -> new AssertionError(rule.code() + " names unknown rule " + code));
				assertThat(other.level().isMoreUrgentThan(rule.level())).as(rule.code() + " superseded by " + code)
					.isTrue();
			}
		});
	}

	@Test
	void textsNeverClaimADiagnosis() {
		assertThat(TriageRules.ALL).allSatisfy(
				(rule) -> assertThat(rule.text().toLowerCase()).doesNotContain("you have ", "diagnosis", "diagnosed"));
	}

	@Test
	void thePublishedDescriptionsMatchTheRules() {
		List<RuleDescription> descriptions = RuleDescription.all();
		assertThat(descriptions).hasSameSizeAs(TriageRules.ALL);
		assertThat(descriptions.get(0).code()).isEqualTo(TriageRules.ALL.get(0).code());
		assertThat(descriptions)
			.allSatisfy((d) -> assertThat(d.sources()).allSatisfy((s) -> assertThat(s.citation()).isNotBlank()));
	}

}
