package org.backstop.app.layout;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * The time zones a person chooses from, rather than types: the region zones
 * ({@code Europe/Madrid}) and UTC, sorted. A page preselects the browser's zone with
 * {@code time-zone.js}; without it the server's choice stands, and the hint asks the
 * person to check it.
 */
@Component("timeZones")
public class TimeZones {

	private static final Set<String> REGIONS = Set.of("Africa", "America", "Antarctica", "Arctic", "Asia", "Atlantic",
			"Australia", "Europe", "Indian", "Pacific");

	private static final List<String> ZONES = regionZones();

	/**
	 * The zones to choose from; one already given that is not among them (an older name,
	 * or a mistake to correct) comes first, so it is shown as it is.
	 */
	public List<String> choices(String current) {
		if (current == null || current.isBlank() || ZONES.contains(current)) {
			return ZONES;
		}
		List<String> choices = new ArrayList<>(ZONES.size() + 1);
		choices.add(current);
		choices.addAll(ZONES);
		return choices;
	}

	private static List<String> regionZones() {
		List<String> zones = new ArrayList<>(ZoneId.getAvailableZoneIds()
			.stream()
			.filter((id) -> id.indexOf('/') > 0 && REGIONS.contains(id.substring(0, id.indexOf('/'))))
			.sorted()
			.toList());
		zones.add(0, "UTC");
		return List.copyOf(zones);
	}

}
