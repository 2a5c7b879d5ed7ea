package fr.clausematch.dataset;

/** Receives rows as they are made; the generator hands each contract right before its slots. */
public interface RowSink {

    void candidate(CandidateRow row);

    void contract(ContractRow row);

    void slot(SlotRow row);
}
