package fr.clausematch.contract;

import fr.clausematch.dataset.ContractRow;
import fr.clausematch.dataset.SlotRow;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/**
 * Contracts and slots of the database as rows of the exchange format, the common language of the roads into
 * the heart: the planning problem is built from such rows by {@code dataset.DatasetProblemMapper}, whether they
 * come from the database or from a dataset's files.
 */
@Mapper
public interface ContractRowMapper {

    @Mapping(target = "id", source = "externalId")
    @Mapping(target = "buyer", source = "buyer.code")
    @Mapping(target = "territory", source = "territoryCode")
    @Mapping(target = "commune", source = "place.commune")
    @Mapping(target = "latitude", source = "place.latitude")
    @Mapping(target = "longitude", source = "place.longitude")
    @Mapping(target = "qpvCode", source = "place.qpvCode")
    ContractRow toRow(Contract contract);

    @Mapping(target = "id", source = "externalId")
    @Mapping(target = "contractId", source = "contract.externalId")
    SlotRow toRow(Slot slot);
}
