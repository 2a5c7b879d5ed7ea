package fr.clausematch.territory;

import fr.clausematch.shared.InvalidFieldException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Finds a territory by code; a known département code is created on first use. */
@Service
public class TerritoryService {

    private final TerritoryRepository territories;

    public TerritoryService(TerritoryRepository territories) {
        this.territories = territories;
    }

    /** @throws InvalidFieldException on field {@code territory} when the code is neither known nor a département */
    @Transactional
    public Territory require(String code) {
        return territories.findById(code).orElseGet(() -> {
            if (!TerritoryNames.isDepartement(code)) {
                throw new InvalidFieldException("territory", "territoire inconnu : " + code);
            }
            return territories.save(new Territory(code, TerritoryNames.nameOf(code), Territory.Kind.DEPARTEMENT));
        });
    }
}
