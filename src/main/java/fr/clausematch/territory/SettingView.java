package fr.clausematch.territory;

/**
 * One target or weight of the matching objectives for a territory.
 *
 * @param editable false for the rules of law and the fill objective, which no territory may weaken
 */
public record SettingView(String name, String value, String defaultValue, boolean overridden, boolean editable) {
}
