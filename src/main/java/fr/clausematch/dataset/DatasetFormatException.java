package fr.clausematch.dataset;

import java.util.List;

/** A dataset that breaks the exchange format; carries every fault found, never only the first. */
public class DatasetFormatException extends RuntimeException {

    private final List<DatasetError> errors;

    public DatasetFormatException(List<DatasetError> errors) {
        super(errors.size() + " erreur(s) dans le jeu de données, dont : " + errors.get(0));
        this.errors = List.copyOf(errors);
    }

    public List<DatasetError> errors() {
        return errors;
    }
}
