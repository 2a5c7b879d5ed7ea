package fr.clausematch.contract;

import fr.clausematch.contract.BuyerKind;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** A first guess of a buyer's family from the name found in a dataset; facilitators can correct it. */
final class BuyerKinds {

    private static final Pattern SOCIAL_LANDLORD = Pattern.compile("\\b(habitat|oph|logement|logis|hlm|bailleur|foyer|immobiliere|sa d'hlm)\\b");
    private static final Pattern LOCAL_AUTHORITY = Pattern.compile("\\b(ville|commune|mairie|metropole|agglomeration|communaute|departement|region|conseil|cd\\d\\d|sivom|syndicat)\\b");
    private static final Pattern HOSPITAL = Pattern.compile("\\b(chu|ch|hopital|hospitalier|ght)\\b");
    private static final Pattern STATE = Pattern.compile("\\b(etat|prefecture|ministere|rectorat|universite|dreets)\\b");

    private BuyerKinds() {
    }

    static String guess(String buyer) {
        String plain = Normalizer.normalize(buyer, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        if (SOCIAL_LANDLORD.matcher(plain).find()) {
            return BuyerKind.SOCIAL_LANDLORD.name();
        }
        if (HOSPITAL.matcher(plain).find()) {
            return BuyerKind.HOSPITAL.name();
        }
        if (LOCAL_AUTHORITY.matcher(plain).find()) {
            return BuyerKind.LOCAL_AUTHORITY.name();
        }
        if (STATE.matcher(plain).find()) {
            return BuyerKind.STATE.name();
        }
        return BuyerKind.OTHER.name();
    }
}
