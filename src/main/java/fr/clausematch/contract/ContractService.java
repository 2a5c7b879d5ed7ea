package fr.clausematch.contract;

import fr.clausematch.territory.TerritoryService;
import fr.clausematch.web.ConflictException;
import fr.clausematch.web.InvalidFieldException;
import fr.clausematch.web.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/** Buyers' contracts and their insertion-hour slots: list, read, submit, edit, remove. */
@Service
public class ContractService {

    private static final String CONTRACT = "Contrat";
    private static final String SLOT = "Poste";

    private final ContractRepository contracts;
    private final SlotRepository slots;
    private final BuyerRepository buyers;
    private final ContractMapper mapper;
    private final TerritoryService territories;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;

    ContractService(ContractRepository contracts, SlotRepository slots, BuyerRepository buyers, ContractMapper mapper,
                    TerritoryService territories, JdbcTemplate jdbc, ApplicationEventPublisher events) {
        this.contracts = contracts;
        this.slots = slots;
        this.buyers = buyers;
        this.mapper = mapper;
        this.territories = territories;
        this.jdbc = jdbc;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public Page<ContractSummary> page(ContractFilter filter, Pageable pageable) {
        return contracts.findAll(filter.toSpecification(), pageable).map(mapper::toSummary);
    }

    @Transactional(readOnly = true)
    public ContractView get(String id) {
        return mapper.toView(find(id));
    }

    @Transactional
    public ContractView create(ContractForm form) {
        if (contracts.existsByExternalId(form.id())) {
            throw new ConflictException("l'identifiant " + form.id() + " est déjà pris par un autre contrat");
        }
        territories.require(form.territory());
        List<SlotForm> slotForms = form.slots() == null ? List.of() : form.slots();
        for (int i = 0; i < slotForms.size(); i++) {
            if (slots.existsByExternalId(slotForms.get(i).id())) {
                throw new ConflictException("slots[" + i + "] : l'identifiant de poste " + slotForms.get(i).id() + " est déjà pris");
            }
        }
        Contract contract = new Contract(form.id());
        mapper.update(form, contract);
        contract.setBuyer(buyer(form.buyer()));
        contract.setStatus(form.status() == null ? ContractStatus.SUBMITTED : form.status());
        for (SlotForm slotForm : slotForms) {
            Slot slot = new Slot(slotForm.id());
            mapper.apply(slotForm, slot);
            contract.addSlot(slot);
        }
        ContractView created = mapper.toView(contracts.saveAndFlush(contract));
        events.publishEvent(new ContractSubmitted(created.territory(), created.id()));
        return created;
    }

    @Transactional
    public ContractView update(String id, ContractForm form) {
        if (!id.equals(form.id())) {
            throw new InvalidFieldException("id", "l'identifiant ne se modifie pas (attendu " + id + ")");
        }
        Contract contract = find(id);
        ConflictException.checkVersion(CONTRACT, id, form.version(), contract.getVersion());
        territories.require(form.territory());
        mapper.update(form, contract);
        contract.setBuyer(buyer(form.buyer()));
        if (form.status() != null) {
            contract.setStatus(form.status());
        }
        return mapper.toView(contracts.saveAndFlush(contract));
    }

    @Transactional
    public void delete(String id, long version) {
        Contract contract = find(id);
        ConflictException.checkVersion(CONTRACT, id, version, contract.getVersion());
        refuseIfPaired("SELECT count(*) FROM assignment a JOIN slot s ON s.id = a.slot_id WHERE s.contract_id = ?",
                contract.getId(), CONTRACT + " " + id);
        contracts.delete(contract);
    }

    @Transactional(readOnly = true)
    public List<SlotView> slots(String contractId) {
        return find(contractId).getSlots().stream().map(mapper::toView).toList();
    }

    @Transactional
    public SlotView addSlot(String contractId, SlotForm form) {
        Contract contract = find(contractId);
        if (slots.existsByExternalId(form.id())) {
            throw new ConflictException("l'identifiant " + form.id() + " est déjà pris par un autre poste");
        }
        Slot slot = new Slot(form.id());
        mapper.apply(form, slot);
        contract.addSlot(slot);
        contracts.saveAndFlush(contract);
        return mapper.toView(slot);
    }

    @Transactional
    public SlotView updateSlot(String contractId, String slotId, SlotForm form) {
        if (!slotId.equals(form.id())) {
            throw new InvalidFieldException("id", "l'identifiant ne se modifie pas (attendu " + slotId + ")");
        }
        Slot slot = findSlot(contractId, slotId);
        ConflictException.checkVersion(SLOT, slotId, form.version(), slot.getVersion());
        mapper.apply(form, slot);
        return mapper.toView(slots.saveAndFlush(slot));
    }

    @Transactional
    public void deleteSlot(String contractId, String slotId, long version) {
        Slot slot = findSlot(contractId, slotId);
        ConflictException.checkVersion(SLOT, slotId, version, slot.getVersion());
        refuseIfPaired("SELECT count(*) FROM assignment WHERE slot_id = ?", slot.getId(), SLOT + " " + slotId);
        slot.getContract().getSlots().remove(slot);
    }

    @Transactional(readOnly = true)
    public List<BuyerView> buyers() {
        return buyers.findAll(org.springframework.data.domain.Sort.by("name")).stream().map(mapper::toView).toList();
    }

    @Transactional(readOnly = true)
    public BuyerView buyerView(String code) {
        return mapper.toView(buyers.findByCode(code).orElseThrow(() -> new NotFoundException("Acheteur", code)));
    }

    @Transactional
    public BuyerView createBuyer(BuyerForm form) {
        if (buyers.findByCode(form.code()).isPresent()) {
            throw new ConflictException("l'acheteur " + form.code() + " existe déjà");
        }
        return mapper.toView(buyers.saveAndFlush(new Buyer(form.code(), form.name(), form.kind())));
    }

    @Transactional
    public BuyerView updateBuyer(String code, BuyerForm form) {
        if (!code.equals(form.code())) {
            throw new InvalidFieldException("code", "le code ne se modifie pas (attendu " + code + ")");
        }
        Buyer buyer = buyers.findByCode(code).orElseThrow(() -> new NotFoundException("Acheteur", code));
        ConflictException.checkVersion("Acheteur", code, form.version(), buyer.getVersion());
        buyer.setName(form.name());
        buyer.setKind(form.kind());
        return mapper.toView(buyers.saveAndFlush(buyer));
    }

    private void refuseIfPaired(String countSql, Long id, String what) {
        Integer pairings = jdbc.queryForObject(countSql, Integer.class, id);
        if (pairings != null && pairings > 0) {
            throw new ConflictException(what + " figure dans " + pairings
                    + " proposition(s) de plan : clôturez-le ou annulez-le plutôt que de le supprimer");
        }
    }

    private Buyer buyer(String code) {
        return buyers.findByCode(code).orElseThrow(() ->
                new InvalidFieldException("buyer", "acheteur inconnu : " + code + " (créez-le d'abord)"));
    }

    private Contract find(String id) {
        return contracts.findByExternalId(id).orElseThrow(() -> new NotFoundException(CONTRACT, id));
    }

    private Slot findSlot(String contractId, String slotId) {
        Slot slot = slots.findByExternalId(slotId).orElseThrow(() -> new NotFoundException(SLOT, slotId));
        if (!slot.getContract().getExternalId().equals(contractId)) {
            throw new NotFoundException(SLOT, slotId + " du contrat " + contractId);
        }
        return slot;
    }
}
