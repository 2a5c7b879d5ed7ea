package fr.clausematch.contract;

import fr.clausematch.shared.Place;
import fr.clausematch.web.validation.PlaceForm;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;

/** Between contracts, slots and buyers of the database and what the API shows or takes. */
@Mapper
interface ContractMapper {

    @Mapping(target = "id", source = "externalId")
    @Mapping(target = "buyer", source = "buyer.code")
    @Mapping(target = "buyerName", source = "buyer.name")
    @Mapping(target = "territory", source = "territoryCode")
    @Mapping(target = "slotHours", expression = "java(contract.slotHours())")
    ContractView toView(Contract contract);

    @Mapping(target = "id", source = "externalId")
    @Mapping(target = "buyer", source = "buyer.code")
    @Mapping(target = "territory", source = "territoryCode")
    @Mapping(target = "commune", source = "place.commune")
    @Mapping(target = "qpvCode", source = "place.qpvCode")
    @Mapping(target = "slotCount", expression = "java(contract.getSlots().size())")
    @Mapping(target = "slotHours", expression = "java(contract.slotHours())")
    ContractSummary toSummary(Contract contract);

    @Mapping(target = "id", source = "externalId")
    @Mapping(target = "contractId", source = "contract.externalId")
    SlotView toView(Slot slot);

    BuyerView toView(Buyer buyer);

    /** Copies a form onto a contract; buyer, status, slots and version are handled by the service. */
    @Mapping(target = "territoryCode", source = "territory")
    @Mapping(target = "buyer", ignore = true)
    @Mapping(target = "status", ignore = true)
    @Mapping(target = "slots", ignore = true)
    void update(ContractForm form, @MappingTarget Contract contract);

    default Place toPlace(PlaceForm form) {
        return form.toPlace();
    }

    @Mapping(target = "minQualificationLevel", defaultValue = "0")
    @Mapping(target = "requiredLicences", ignore = true)
    void update(SlotForm form, @MappingTarget Slot slot);

    default void apply(SlotForm form, Slot slot) {
        update(form, slot);
        slot.setRequiredLicences(form.getRequiredLicences() == null ? java.util.List.of() : form.getRequiredLicences());
    }
}
