package org.backstop.app.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import org.backstop.core.AssessmentEngine;
import org.backstop.core.AssessmentResult;
import org.backstop.core.assessment.History;
import org.backstop.core.assessment.Medicine;
import org.backstop.core.careplan.CarePlan;
import org.backstop.core.careplan.DoseLimit;
import org.backstop.core.careplan.DoseLimits;
import org.backstop.core.problem.Checked;
import org.backstop.core.triage.TriageLevel;

/**
 * What the articles promise agrees with what the engine does. Every sentence or list item
 * that sends people to care at some speed (call an ambulance, go to an emergency
 * department, see a doctor within 24 hours, book an appointment) is found in the
 * Markdown, and every list item under "the plan leaves X out if you tell it..." too. Each
 * must be known here with the people it describes; the engine must give those people the
 * level the article names, or leave the item out of their plan.
 *
 * <p>
 * So that the people here cannot drift from the words, the words are checked too: a claim
 * that names a sign (being sick, both legs, a fever, diabetes...) needs a person with
 * that sign, a person may have pain in the neck or upper back only when the claim says so
 * (otherwise the article speaks of any back pain and the person has low back pain), and a
 * "left out" claim may not name something the assessment never asks about.
 */
class LibraryAgreementTest {

	private static final Library LIBRARY = new Library();

	/** Words that set the speed of care, most urgent first. */
	private static final Map<TriageLevel, Pattern> LEVEL_WORDS = levelWords();

	/** The words of a claim and the answer a person describing them must give. */
	private static final Map<Pattern, String> URGENT_WORDS = words("chest pain", "chest_pain",
			"shortness of breath|breathless", "shortness_of_breath", "\\bsick\\b|vomit", "vomiting", "tearing",
			"tearing_pain", "faint", "fainting", "pulsing|throbbing", "pulsating_abdominal_mass", "belly",
			"abdominal_pain", "both legs", "radiation=both_legs", "getting weaker", "progressive_leg_weakness",
			"foot drop|foot that drags", "foot_drop", "unsteady|poor balance", "gait_unsteady", "clumsy",
			"hand_clumsiness", "fever", "fever", "chills", "chills", "diabetes", "diabetes", "immune",
			"immunosuppression", "inject", "iv_drug_use", "spine surgery|operation on your spine",
			"recent_spinal_surgery", "worse at night", "night=true", "cancer", "cancer", "pregnant", "pregnant=",
			"vagina", "vaginal_bleeding", "tightening", "contractions", "in your side", "flank_pain", "burning",
			"painful_urination", "blood in your urine", "blood_in_urine",
			"serious (fall|accident)|fall from (a )?height|major accident", "trauma=major", "minor fall",
			"trauma=minor", "steroid", "long_term_steroids", "thin bones|osteoporosis", "osteoporosis", "\\b70\\b",
			"age=7\\d", "over 50", "age=5[1-9]", "cannot walk|unable to walk|cannot move", "mobility=unable_to_walk",
			"child|teenager|under 16", "age=1[0-5]\\b", "passing urine|leaking urine", "urinary_", "stool",
			"bowel_incontinence", "bottom|genitals", "saddle_numbness", "sexual", "new_sexual_dysfunction", "\\bsudden",
			"onset=sudden", "\\bsevere back pain", "pain=([7-9]|10)", "\\barms?\\b", "arm_", "blank", "\\w+=blank");

	/**
	 * Signs a person here may have only when the claim names them: a claim that leaves
	 * out the arms cannot stand for the people whose arm signs the engine acts on.
	 */
	private static final Map<Pattern, Pattern> NAMED_SIGNS = Map.of(Pattern.compile("(^|\\s)arm_\\w+"),
			Pattern.compile("\\barms?\\b", Pattern.CASE_INSENSITIVE), Pattern.compile("(^|\\s)hand_clumsiness"),
			Pattern.compile("clumsy|\\bhands?\\b", Pattern.CASE_INSENSITIVE));

	private static final Map<Pattern, String> LEFT_OUT_WORDS = words("raynaud", "raynauds", "nerve damage|neuropathy",
			"peripheral_neuropathy", "pregnan", "pregnant=", "heart disease", "heart_disease",
			"thin bones|osteoporosis", "osteoporosis", "steroid", "long_term_steroids", "blood thinner",
			"anticoagulants", "ulcer", "stomach_ulcer", "kidney disease", "kidney_disease", "asthma",
			"asthma_nsaid_sensitive", "high blood pressure", "high_blood_pressure", "\\b65\\b", "age=65", "liver",
			"liver_disease", "cancer", "cancer", "fever", "fever", "chills", "chills", "diabetes", "diabetes", "immune",
			"immunosuppression", "inject", "iv_drug_use", "operation on your spine|spine surgery",
			"recent_spinal_surgery", "infection now or recently|recent infection", "recent_infection",
			"fall|blow|accident", "trauma=", "worse at night", "night=true", "blank", "\\w+=blank", "in your side",
			"flank_pain", "burning", "painful_urination", "blood when you pass urine|blood in your urine",
			"blood_in_urine", "under 16", "age=1[0-5]\\b");

	/** Things the assessment never asks: a "left out" claim cannot rest on them. */
	private static final Pattern NOT_ASKED = Pattern.compile(
			"urticaria|poor circulation|broken skin|low blood pressure|blood pressure that is not|drinking|gallstone|sunburn",
			Pattern.CASE_INSENSITIVE);

	/** What an article calls a plan item, and the item's ids. */
	private static final Map<Pattern, List<String>> ITEMS = Map.of(Pattern.compile("heat pack|hot-water"),
			List.of("heat_wrap", "hot_water_bottle"), Pattern.compile("\\bsauna"), List.of("infrared_sauna"),
			Pattern.compile("\\bcold\\b"), List.of("cold_pack"), Pattern.compile("manipulation"),
			List.of("spinal_manipulation"), Pattern.compile("anti-inflammatory tablets"),
			List.of("ibuprofen", "naproxen"));

	/**
	 * Every claim of urgency in the library, with the people it speaks of: each person is
	 * a 40-year-old woman, not pregnant, with 3 days of low back pain of 5 that began
	 * gradually, no injury, not worse at night, walking normally, plus what is listed. An
	 * empty list is a claim that only names a level.
	 */
	private static final Map<String, List<String>> URGENT = urgent();

	/**
	 * Claims that name a sign the assessment cannot be told, so no person can check them.
	 * Each is kept because the clinical reference says it; the engine cannot follow yet.
	 */
	private static final Map<String, String> BEYOND_THE_ENGINE = Map.of(
			"clumsy hands or poor balance that is getting worse quickly.",
			"REFERENCE 1.12 and FACTS: myelopathy that is getting worse quickly is an emergency; the assessment has no code for hands or balance getting worse.");

	/**
	 * Every "the plan leaves X out if you tell it" item, with the people it speaks of.
	 */
	private static final Map<String, List<String>> LEFT_OUT = leftOut();

	@Test
	void everyClaimOfUrgencyIsTheLevelTheEngineGives() {
		List<String> problems = new ArrayList<>();
		List<String> gapsSeen = new ArrayList<>();
		for (Claim claim : claims()) {
			if (claim.leftOutItems() != null) {
				continue;
			}
			String key = key(claim.text());
			if (BEYOND_THE_ENGINE.containsKey(key)) {
				gapsSeen.add(key);
				continue;
			}
			List<String> people = URGENT.get(key);
			if (people == null) {
				problems.add(claim + ": a claim of urgency this test does not know; add the people it speaks of");
				continue;
			}
			problems.addAll(wordsNotCovered(claim, URGENT_WORDS, people));
			for (String person : people) {
				problems.addAll(regionsNotNamed(claim, person));
				problems.addAll(signsNotNamed(claim, person));
				TriageLevel level = assess(person).triage().level();
				if (level != claim.level()) {
					problems.add(claim + ": the article says " + claim.level().code() + " but for [" + person
							+ "] the engine says " + level.code());
				}
			}
		}
		assertThat(problems).as("claims of urgency that disagree with the engine").isEmpty();
		assertThat(gapsSeen).as("every claim the engine cannot check is still in the library")
			.containsAll(BEYOND_THE_ENGINE.keySet());
	}

	@Test
	void everyItemAnArticleSaysThePlanLeavesOutIsLeftOut() {
		List<String> problems = new ArrayList<>();
		int checked = 0;
		for (Claim claim : claims()) {
			if (claim.leftOutItems() == null) {
				continue;
			}
			if (claim.leftOutItems().isEmpty()) {
				problems.add(claim + ": names no plan item this test knows");
				continue;
			}
			Matcher notAsked = NOT_ASKED.matcher(claim.text());
			if (notAsked.find()) {
				problems.add(claim + ": the plan cannot leave anything out for '" + notAsked.group()
						+ "', which the assessment never asks about");
				continue;
			}
			List<String> people = LEFT_OUT.get(key(claim.text()));
			if (people == null) {
				problems.add(claim + ": a 'left out' claim this test does not know; add the people it speaks of");
				continue;
			}
			problems.addAll(wordsNotCovered(claim, LEFT_OUT_WORDS, people));
			for (String person : people) {
				List<String> excluded = assess(person).plan()
					.excluded()
					.stream()
					.map(CarePlan.ExcludedItem::id)
					.toList();
				for (String item : claim.leftOutItems()) {
					checked++;
					if (!excluded.contains(item)) {
						problems.add(claim + ": for [" + person + "] the plan keeps " + item);
					}
				}
			}
		}
		assertThat(problems).as("'left out' claims the plan does not keep").isEmpty();
		assertThat(checked).as("left-out checks made").isGreaterThan(40);
	}

	@Test
	void theMedicineArticleGivesTheDoseLimitsThePlanUses() {
		String medicines = markdown("medicines");
		Map<Medicine, String> names = Map.of(Medicine.IBUPROFEN, "**Ibuprofen**", Medicine.NAPROXEN,
				"**Naproxen sodium**", Medicine.ACETAMINOPHEN, "**Paracetamol**");
		names.forEach((medicine, name) -> {
			DoseLimit limit = DoseLimits.of(medicine).orElseThrow();
			String line = medicines.lines()
				.filter((l) -> l.startsWith("- " + name))
				.findFirst()
				.orElseThrow(() -> new AssertionError("no dose line for " + name));
			assertThat(line).as(name)
				.contains(mg(limit.maxDailyMg()) + " mg in 24 hours", "at least " + limit.minHoursBetween() + " hours")
				.contains(mg(limit.singleMinMg()))
				.contains(mg(Math.max(limit.singleMaxMg(), limit.firstDoseMaxMg())));
			if (limit.reducedMaxDailyMg() != limit.maxDailyMg()) {
				assertThat(line).as(name).contains(mg(limit.reducedMaxDailyMg()) + " mg");
			}
			assertThat(medicines).contains("more than " + limit.maxDays() + " days");
		});
		assertThat(medicines).contains("never for anyone under " + DoseLimits.MIN_AGE_FOR_DOSES);
	}

	/** A claim found in an article: of urgency, or that the plan leaves items out. */
	record Claim(String slug, TriageLevel level, List<String> leftOutItems, String text) {

		@Override
		public String toString() {
			return this.slug + ": \"" + this.text + "\"";
		}

	}

	/**
	 * Walks every article's Markdown: a heading or a paragraph ending in a colon leads
	 * the list after it; a list item takes the level of its lead unless it names its own;
	 * any other paragraph naming a level is a claim by itself.
	 */
	static List<Claim> claims() {
		List<Claim> claims = new ArrayList<>();
		for (Article article : LIBRARY.all()) {
			String slug = article.slug();
			TriageLevel leadLevel = null;
			List<String> leadItems = null;
			List<String> lastList = new ArrayList<>();
			for (String raw : body(markdown(slug)).lines().toList()) {
				String line = plain(raw.strip());
				if (line.isEmpty()) {
					continue;
				}
				if (line.startsWith("#")) {
					leadLevel = level(line);
					leadItems = null;
					lastList = new ArrayList<>();
					continue;
				}
				Matcher item = Pattern.compile("^(?:- |\\d+\\. )(.*)$").matcher(line);
				if (item.matches()) {
					String text = item.group(1);
					lastList.add(text);
					if (leadItems != null) {
						claims.add(new Claim(slug, null, leadItems, text));
					}
					else {
						TriageLevel own = level(text);
						TriageLevel level = (own != null) ? own : leadLevel;
						if (level != null) {
							claims.add(new Claim(slug, level, null, text));
						}
					}
					continue;
				}
				List<String> items = leftOutItems(line);
				if (items != null && line.endsWith(":")) {
					leadItems = items;
					leadLevel = null;
					lastList = new ArrayList<>();
					continue;
				}
				if (items != null && line.contains("any of these")) {
					// "The plan removes X if you tell it about any of these." after a
					// list.
					for (String previous : lastList) {
						claims.add(new Claim(slug, null, items, previous));
					}
				}
				leadItems = null;
				lastList = new ArrayList<>();
				TriageLevel own = level(line);
				if (line.endsWith(":")) {
					leadLevel = own;
				}
				else {
					leadLevel = null;
					if (own != null) {
						claims.add(new Claim(slug, own, null, line));
					}
				}
			}
		}
		return claims;
	}

	/** The plan items a paragraph says the plan leaves out, or null if it says none. */
	private static List<String> leftOutItems(String line) {
		Matcher claim = Pattern.compile("(?:leaves|removes) (.+?) (?:out )?if you tell it", Pattern.CASE_INSENSITIVE)
			.matcher(line);
		if (!claim.find()) {
			return null;
		}
		List<String> ids = new ArrayList<>();
		ITEMS.forEach((words, items) -> {
			if (words.matcher(claim.group(1).toLowerCase(Locale.ROOT)).find()) {
				ids.addAll(items);
			}
		});
		return ids;
	}

	/** The level a text names first, reading from the left. */
	private static TriageLevel level(String text) {
		TriageLevel first = null;
		int at = Integer.MAX_VALUE;
		for (Map.Entry<TriageLevel, Pattern> words : LEVEL_WORDS.entrySet()) {
			Matcher m = words.getValue().matcher(text);
			if (m.find() && m.start() < at) {
				at = m.start();
				first = words.getKey();
			}
		}
		return first;
	}

	private static List<String> wordsNotCovered(Claim claim, Map<Pattern, String> vocabulary, List<String> people) {
		List<String> problems = new ArrayList<>();
		vocabulary.forEach((words, answer) -> {
			Matcher said = words.matcher(claim.text());
			if (said.find()) {
				Pattern answered = Pattern.compile("(^|\\s)" + answer);
				if (people.stream().noneMatch((person) -> answered.matcher(person).find())) {
					problems.add(claim + ": says '" + said.group() + "' but no person here has " + answer);
				}
			}
		});
		return problems;
	}

	/** Pain in the neck or upper back only where the claim names the region. */
	private static List<String> regionsNotNamed(Claim claim, String person) {
		Map<String, String> named = Map.of("neck", "neck", "upper_back", "upper back|shoulder blade", "mid_back",
				"mid-back|middle of the back|shoulder blade");
		Matcher region = Pattern.compile("region=(\\w+)").matcher(person);
		if (region.find() && named.containsKey(region.group(1))
				&& !Pattern.compile(named.get(region.group(1)), Pattern.CASE_INSENSITIVE)
					.matcher(claim.text())
					.find()) {
			return List.of(claim + ": does not name the " + region.group(1) + " but [" + person + "] has pain there");
		}
		return List.of();
	}

	/** A person's arm or hand signs only where the claim names them. */
	private static List<String> signsNotNamed(Claim claim, String person) {
		List<String> problems = new ArrayList<>();
		NAMED_SIGNS.forEach((sign, words) -> {
			Matcher has = sign.matcher(person);
			if (has.find() && !words.matcher(claim.text()).find()) {
				problems.add(claim + ": does not name " + has.group().strip() + " but [" + person + "] has it");
			}
		});
		return problems;
	}

	/** Assesses a person described as {@code code code key=value ...}. */
	static AssessmentResult assess(String description) {
		ObjectNode person = JsonNodeFactory.instance.objectNode();
		person.put("age", 40);
		person.put("sex", "female");
		person.put("pregnant", false);
		ObjectNode pain = person.putObject("pain");
		pain.put("intensity", 5);
		pain.put("region", "lower_back");
		pain.put("durationDays", 3);
		pain.put("onset", "gradual");
		pain.put("worseAtNightOrRest", false);
		pain.put("trauma", "none");
		person.putObject("function").put("mobility", "normal");
		var symptoms = person.putArray("symptoms");
		var history = person.putArray("history");
		for (String part : description.split("\\s+")) {
			if (part.isEmpty()) {
				continue;
			}
			String[] kv = part.split("=", 2);
			if (kv.length == 1) {
				boolean isHistory = false;
				for (History h : History.values()) {
					isHistory |= h.code().equals(part);
				}
				(isHistory ? history : symptoms).add(part);
				continue;
			}
			String value = kv[1];
			switch (kv[0]) {
				case "age" -> person.put("age", Integer.parseInt(value));
				case "sex" -> person.put("sex", value);
				case "pregnant" -> {
					person.put("pregnant", true);
					person.put("pregnancyWeeks", Integer.parseInt(value));
				}
				case "pain" -> pain.put("intensity", Integer.parseInt(value));
				case "region" -> pain.put("region", value);
				case "days" -> pain.put("durationDays", Integer.parseInt(value));
				case "onset" -> pain.put("onset", value);
				case "radiation" -> pain.put("radiation", value);
				case "night" -> {
					if ("blank".equals(value)) {
						pain.remove("worseAtNightOrRest");
					}
					else {
						pain.put("worseAtNightOrRest", Boolean.parseBoolean(value));
					}
				}
				case "trauma" -> {
					if ("blank".equals(value)) {
						pain.remove("trauma");
					}
					else {
						pain.put("trauma", value);
					}
				}
				case "mobility" -> ((ObjectNode) person.get("function")).put("mobility", value);
				case "tried" -> {
					ObjectNode selfCare = person.putObject("selfCare");
					selfCare.put("weeksTried", Integer.parseInt(value));
					selfCare.put("improving", false);
				}
				default -> throw new IllegalArgumentException("unknown answer " + part);
			}
		}
		Checked<AssessmentResult> result = AssessmentEngine.assess(person);
		assertThat(result.isValid()).as(description + " " + result.violations()).isTrue();
		return result.value();
	}

	/** The claim text as the maps hold it: lower case, without citations. */
	static String key(String text) {
		return text.replaceAll(" ?\\([^)]*\\)", "").replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
	}

	/** Markdown links and bold reduced to their words. */
	private static String plain(String line) {
		return line.replaceAll("\\[([^\\]]*)\\]\\([^)]*\\)", "$1").replace("**", "");
	}

	private static String body(String markdown) {
		int end = markdown.indexOf("\n---", 3);
		return markdown.substring(end + 4);
	}

	static String markdown(String slug) {
		try (InputStream in = LibraryAgreementTest.class.getResourceAsStream("/library/" + slug + ".md")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String mg(int mg) {
		return String.format(Locale.ROOT, "%,d", mg);
	}

	private static Map<TriageLevel, Pattern> levelWords() {
		Map<TriageLevel, Pattern> words = new LinkedHashMap<>();
		words.put(TriageLevel.EMERGENCY_AMBULANCE,
				Pattern.compile("local emergency number|call an ambulance", Pattern.CASE_INSENSITIVE));
		words.put(TriageLevel.EMERGENCY, Pattern.compile("emergency department", Pattern.CASE_INSENSITIVE));
		words.put(TriageLevel.CONSULTATION_24,
				Pattern.compile("within 24 hours|within a day", Pattern.CASE_INSENSITIVE));
		words.put(TriageLevel.CONSULTATION, Pattern.compile("appointment", Pattern.CASE_INSENSITIVE));
		return words;
	}

	private static Map<Pattern, String> words(String... pairs) {
		Map<Pattern, String> words = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			words.put(Pattern.compile(pairs[i], Pattern.CASE_INSENSITIVE), pairs[i + 1]);
		}
		return words;
	}

	private static Map<String, List<String>> urgent() {
		Map<String, List<String>> u = new LinkedHashMap<>();
		String[] ambulanceSigns = { "chest_pain", "shortness_of_breath", "onset=sudden tearing_pain", "fainting" };
		// The five levels (when-to-seek-care)
		u.put("call an ambulance now. for signs that something life-threatening may be happening, such as back pain with chest pain, or a sudden tearing pain.",
				List.of("chest_pain", "onset=sudden tearing_pain"));
		u.put("go to an emergency department now. for problems where hours matter, such as signs of pressure on the nerves to your bladder, or a fever with risk factors for a spine infection.",
				List.of("urinary_retention", "fever diabetes", "fever recent_infection"));
		u.put("see a clinician within 24 hours. for example a family doctor or urgent care centre, when something needs checking soon but is not an emergency.",
				List.of());
		u.put("book an appointment. within days to a couple of weeks, for pain that has not improved with self-care, or signs worth a routine check.",
				List.of("tried=4"));
		// Within a day
		u.put("a leg that is weak but not getting worse, or unsteady walking.",
				List.of("leg_weakness", "gait_unsteady"));
		u.put("new back pain if you have had cancer.", List.of("cancer"));
		u.put("fever with back pain and no other risk factors.", List.of("fever", "chills"));
		u.put("a minor fall or strain if one of these is true: you have thin bones, you take long-term steroids, or you are 70 or older. the same goes for sudden severe back pain with no fall at all if you have thin bones or are 70 or older. some are more urgent: two of these together with a fall, a fall that stops you walking, or severe pain while you take steroid tablets. see the emergency list below.",
				List.of("trauma=minor osteoporosis", "trauma=minor long_term_steroids", "trauma=minor age=70",
						"onset=sudden pain=8 osteoporosis", "onset=sudden pain=8 age=72"));
		u.put("new back pain, if you have thin bones, take long-term steroids or are 70 or older, and you leave the question about an injury blank: backstop counts it as a possible fall.",
				List.of("trauma=blank osteoporosis", "trauma=blank long_term_steroids", "trauma=blank age=75"));
		u.put("over 50, two or more of these together: weight loss you cannot explain, night sweats, pain that is worse at night or at rest.",
				List.of("age=55 unexplained_weight_loss night_sweats", "age=55 night_sweats night=true",
						"age=55 unexplained_weight_loss night=true"));
		u.put("a child or teenager whose back pain wakes them at night, comes with a fever, or affects the legs.",
				List.of("age=12 night=true", "age=12 fever", "age=12 leg_numbness", "age=12 leg_weakness"));
		u.put("being unable to walk, or pain of 9 or 10 that stops you moving about even with painkillers.", List
			.of("mobility=unable_to_walk", "pain=9 mobility=severely_limited", "pain=10 mobility=severely_limited"));
		u.put("pain in your side with a fever, burning when you pass urine, or blood in your urine: it may come from a kidney.",
				List.of("flank_pain fever", "flank_pain painful_urination", "flank_pain blood_in_urine"));
		// Appointment
		u.put("self-care has not helped after about 4 weeks, or pain has lasted more than 6 weeks.",
				List.of("tried=4 days=28", "days=43"));
		u.put("leg pain from sciatica that is not settling after 4 to 6 weeks.",
				List.of("radiation=below_knee days=29", "leg_numbness days=35"));
		u.put("being over 50 with unexplained weight loss, night sweats, or pain that is worse at night or at rest.",
				List.of("age=55 unexplained_weight_loss", "age=55 night_sweats", "age=55 night=true"));
		u.put("long-lasting pain in the legs when walking that eases when you sit or lean forward.",
				List.of("leg_pain_walking_eased_by_sitting days=120"));
		u.put("stiffness lasting over 30 minutes each morning that improves with movement, starting before age 45 and lasting more than 3 months.",
				List.of("morning_stiffness_over_30min days=120 age=30"));
		u.put("any other back pain in a child under 16: back pain is less common in children and more often has a specific cause.",
				List.of("age=12", "age=15"));
		u.put("being sick along with pain low in the back, when nothing else on this page applies. on its own this is not a sign of a heart problem, but it is not part of an ordinary spasm either. go sooner if you feel very unwell.",
				List.of("vomiting", "vomiting pain=8", "vomiting age=60 sex=male"));
		// Call an ambulance
		u.put("chest pain or shortness of breath.", List.of("chest_pain", "shortness_of_breath"));
		u.put("pain in your neck, upper back or between your shoulder blades with being sick, feeling sick or sweating, even if your chest does not hurt.",
				List.of("region=neck vomiting", "region=upper_back vomiting", "region=mid_back vomiting"));
		u.put("pain in your neck, upper back or between your shoulder blades with being sick, feeling sick or sweating, even if your chest does not hurt. women, older people and people with diabetes more often have a heart attack without chest pain.",
				List.of("region=neck vomiting", "region=upper_back vomiting", "region=mid_back vomiting",
						"region=upper_back vomiting diabetes", "region=upper_back chest_pain"));
		u.put("sudden tearing pain, fainting, or a pulsing feeling in your belly.", List.of("onset=sudden tearing_pain",
				"fainting", "pulsating_abdominal_mass", "pulsating_abdominal_mass abdominal_pain"));
		u.put("sudden tearing pain, or fainting.", List.of("onset=sudden tearing_pain", "fainting"));
		u.put("sudden severe back pain with belly pain if you are over 50.",
				List.of("age=51 onset=sudden pain=8 abdominal_pain", "age=70 onset=sudden pain=10 abdominal_pain"));
		u.put("a serious accident or a fall from height, and you cannot walk or your legs feel weak or numb: stay still until help comes.",
				List.of("trauma=major mobility=unable_to_walk", "trauma=major leg_weakness",
						"trauma=major leg_numbness"));
		u.put("you have had a serious fall or accident and cannot move or walk, or your legs feel weak or numb. do not try to move.",
				List.of("trauma=major mobility=unable_to_walk", "trauma=major leg_weakness",
						"trauma=major leg_numbness"));
		u.put("back pain comes with chest pain, shortness of breath, sudden tearing pain or fainting.",
				List.of(ambulanceSigns));
		u.put("call your local emergency number if back pain comes with chest pain, shortness of breath, sudden tearing pain or fainting.",
				List.of(ambulanceSigns));
		u.put("call your local emergency number if back or neck pain comes with chest pain, shortness of breath, sudden tearing pain or fainting.",
				List.of("chest_pain", "shortness_of_breath", "onset=sudden tearing_pain", "fainting",
						"region=neck chest_pain", "region=neck shortness_of_breath"));
		// Emergency department
		u.put("new trouble passing urine, or leaking urine or stool.",
				List.of("urinary_retention", "urinary_hesitancy", "urinary_incontinence", "bowel_incontinence"));
		u.put("numbness around your bottom, genitals or inner thighs, or new loss of sexual feeling.",
				List.of("saddle_numbness", "new_sexual_dysfunction"));
		u.put("numbness around your bottom, genitals or inner thighs.", List.of("saddle_numbness"));
		u.put("pain or numbness that has spread into both legs in recent days or weeks, a leg that is getting weaker, or a foot that drags.",
				List.of("radiation=both_legs days=10", "radiation=both_legs days=42", "progressive_leg_weakness",
						"foot_drop"));
		u.put("pain or numbness that has spread into both legs in recent days or weeks, or a leg that is getting weaker.",
				List.of("radiation=both_legs days=10", "radiation=both_legs days=42", "progressive_leg_weakness"));
		u.put("pain or numbness that has spread into both legs in recent days or weeks.",
				List.of("radiation=both_legs days=10", "radiation=both_legs days=42"));
		u.put("new pain, numbness or weakness in both legs that has come on over days or weeks.",
				List.of("radiation=both_legs days=10", "radiation=both_legs days=42",
						"radiation=both_legs days=20 leg_weakness"));
		u.put("a leg that is getting weaker, or a new foot drop.", List.of("progressive_leg_weakness", "foot_drop"));
		u.put("a leg that is getting weaker, or a foot that drags.", List.of("progressive_leg_weakness", "foot_drop"));
		u.put("fever or chills and you have diabetes, a weak immune system, inject drugs, or recently had spine surgery or an infection.",
				List.of("fever diabetes", "chills immunosuppression", "fever iv_drug_use",
						"fever recent_spinal_surgery", "chills recent_infection"));
		u.put("a fever with back pain that is worse at night or when you rest.",
				List.of("fever night=true", "chills night=true"));
		u.put("new weakness or numbness in a leg or an arm, clumsy hands, unsteady walking, or bladder changes, if you have had cancer.",
				List.of("cancer leg_weakness", "cancer leg_numbness", "cancer arm_weakness", "cancer arm_numbness",
						"cancer hand_clumsiness", "cancer gait_unsteady", "cancer urinary_hesitancy"));
		u.put("if you are pregnant: bleeding from the vagina, tightenings that come and go, or a fever with pain in your side.",
				List.of("pregnant=20 vaginal_bleeding", "pregnant=30 contractions", "pregnant=12 fever flank_pain"));
		u.put("pain in your side with a fever, burning when you pass urine, or blood in your urine, if you are also being sick: a kidney infection or a stone may need treatment today.",
				List.of("flank_pain fever vomiting", "flank_pain painful_urination vomiting",
						"flank_pain blood_in_urine vomiting"));
		u.put("severe back pain, or pain that is worse at night or at rest, if you inject drugs, have a weak immune system, take steroid tablets or recently had spine surgery, even without a fever: many spine infections start without one.",
				List.of("pain=8 iv_drug_use", "pain=7 immunosuppression", "night=true long_term_steroids",
						"pain=9 onset=sudden long_term_steroids", "night=true recent_spinal_surgery",
						"fever iv_drug_use"));
		u.put("back pain after a serious accident or a fall from height, even if you can walk.",
				List.of("trauma=major"));
		u.put("emergency departments deal with fractures after major accidents.", List.of("trauma=major"));
		u.put("go to an emergency department now after a serious fall or accident, or if you have new trouble passing urine, numbness around your bottom or genitals, or weakness in your legs that is getting worse.",
				List.of("trauma=major", "urinary_retention", "urinary_hesitancy", "saddle_numbness",
						"progressive_leg_weakness"));
		// See a doctor within 24 hours
		u.put("see a doctor within 24 hours if you have a fever with back pain but none of the above, or new back pain after having had cancer.",
				List.of("fever", "chills", "cancer"));
		u.put("see a clinician within 24 hours if a leg is weak but not getting worse, or your walking has become unsteady.",
				List.of("leg_weakness", "gait_unsteady"));
		u.put("one leg has become weak but is not getting worse.", List.of("leg_weakness"));
		u.put("your walking has become unsteady.", List.of("gait_unsteady"));
		u.put("your hands have become clumsy or your balance is poor, especially with neck pain. pressure on the spinal cord in the neck can cause this.",
				List.of("hand_clumsiness", "region=neck hand_clumsiness", "region=neck gait_unsteady",
						"gait_unsteady"));
		u.put("a minor fall or strain if one of these is true: you have thin bones, you take steroid tablets, or you are 70 or older.",
				List.of("trauma=minor osteoporosis", "trauma=minor long_term_steroids", "trauma=minor age=70"));
		u.put("sudden severe back pain with no fall at all, if you have thin bones or are 70 or older.",
				List.of("onset=sudden pain=8 osteoporosis", "onset=sudden pain=8 age=72"));
		// Emergency department: a possible fragility fracture with several flags, or
		// that stops walking or touches a nerve (REFERENCE 1.5; Downie 2013).
		List<String> severalFlags = List.of("trauma=minor osteoporosis age=75",
				"trauma=minor long_term_steroids age=70", "trauma=minor osteoporosis long_term_steroids");
		u.put("a minor fall if two or more of these are true: you have thin bones, you take long-term steroids, you are 70 or older. together they make a broken bone in the spine much more likely.",
				severalFlags);
		u.put("a minor fall if two or more of these are true: you have thin bones, you take steroid tablets, you are 70 or older. together they make a fracture much more likely.",
				severalFlags);
		List<String> fractureStopsWalkingOrNerves = List.of("trauma=minor osteoporosis mobility=unable_to_walk",
				"trauma=minor age=72 leg_weakness", "trauma=minor long_term_steroids arm_numbness",
				"trauma=minor age=72 arm_weakness", "onset=sudden pain=8 osteoporosis mobility=unable_to_walk",
				"onset=sudden pain=8 age=75 leg_numbness");
		u.put("a minor fall, or sudden severe back pain, if you have thin bones, take long-term steroids or are 70 or older, and you cannot walk or have new weakness or numbness in a leg or an arm.",
				fractureStopsWalkingOrNerves);
		u.put("a minor fall, or sudden severe back pain, if you have thin bones, take steroid tablets or are 70 or older, and you cannot walk or have new weakness or numbness in a leg or an arm.",
				fractureStopsWalkingOrNerves);
		u.put("severe back pain if you take steroid tablets, because steroids also make an infection in the spine more likely.",
				List.of("pain=8 long_term_steroids", "pain=7 onset=sudden long_term_steroids"));
		// Appointment (stenosis)
		u.put("usually not. long-standing leg symptoms on walking that ease with sitting, with no bladder changes and no numbness between the legs, need a routine appointment rather than emergency care. when you check your symptoms, backstop looks for this pattern and suggests booking an appointment.",
				List.of("leg_pain_walking_eased_by_sitting days=180 age=68", "radiation=both_legs days=120"));
		return u;
	}

	private static Map<String, List<String>> leftOut() {
		Map<String, List<String>> l = new LinkedHashMap<>();
		String nerveDamage = "nerve damage that dulls feeling in your skin.";
		l.put("raynaud's.", List.of("raynauds"));
		l.put(nerveDamage, List.of("peripheral_neuropathy"));
		l.put("have " + nerveDamage, List.of("peripheral_neuropathy"));
		l.put("are pregnant.", List.of("pregnant=8", "pregnant=30"));
		l.put("have heart disease.", List.of("heart_disease"));
		l.put("have high blood pressure, even if it is well controlled: backstop does not ask whether it is, so it takes the safe side.",
				List.of("high_blood_pressure"));
		// Spinal manipulation
		l.put("thin bones, or steroid tablets taken for a long time.", List.of("osteoporosis", "long_term_steroids"));
		l.put("a fall, blow or accident before the pain began, because a bone may be broken. leaving that question blank counts too.",
				List.of("trauma=minor", "trauma=major", "trauma=blank"));
		l.put("cancer, now or in the past.", List.of("cancer"));
		l.put("a fever, or an infection now or recently.", List.of("fever", "chills", "recent_infection"));
		l.put("a higher risk of a spine infection: diabetes, a weak immune system, injecting drugs, or a recent operation on your spine.",
				List.of("diabetes", "immunosuppression", "iv_drug_use", "recent_spinal_surgery"));
		l.put("a blood thinner such as warfarin.", List.of("anticoagulants"));
		l.put("pain that is worse at night or at rest. leaving that question blank counts too.",
				List.of("night=true", "night=blank"));
		l.put("any other symptom besides the back pain, such as numbness between the legs, bladder changes, or a leg that is getting weaker. these need a doctor first.",
				List.of("saddle_numbness", "urinary_retention", "progressive_leg_weakness", "vomiting",
						"night_sweats"));
		// Anti-inflammatory tablets
		l.put("a stomach ulcer or bleeding from the gut, now or in the past.", List.of("stomach_ulcer"));
		l.put("kidney disease.", List.of("kidney_disease"));
		l.put("heart disease, including heart failure.", List.of("heart_disease"));
		l.put("asthma that gets worse with aspirin or similar medicines.", List.of("asthma_nsaid_sensitive"));
		l.put("a blood thinner such as warfarin: together they raise the risk of bleeding. ask a pharmacist what you can use instead.",
				List.of("anticoagulants"));
		l.put("being pregnant, at any stage. the harm to the baby is clearest from 20 weeks; earlier on the advice is to ask first, and backstop takes the cautious reading. ask your midwife or doctor what you can take.",
				List.of("pregnant=6", "pregnant=19", "pregnant=20", "pregnant=36"));
		l.put("being 65 or older, when stomach bleeding and kidney and heart problems become more likely. ask a pharmacist or doctor first.",
				List.of("age=65", "age=80"));
		l.put("a fever or chills, or pain in your side with burning when you pass urine. these tablets can hide a fever and strain the kidneys while an infection is being checked.",
				List.of("fever", "chills", "flank_pain painful_urination"));
		l.put("severe back pain, or pain that is worse at night, when you have diabetes, a weak immune system, take steroid tablets, inject drugs, or had spine surgery or an infection recently: an infection in the spine is possible, and these tablets could hide its early signs.",
				List.of("pain=8 diabetes", "night=true diabetes", "pain=8 immunosuppression",
						"pain=7 long_term_steroids", "night=true iv_drug_use", "pain=9 recent_spinal_surgery",
						"night=true recent_infection"));
		l.put("being under 16: backstop gives no medicine doses for children and teenagers.",
				List.of("age=15", "age=10"));
		return l;
	}

}
