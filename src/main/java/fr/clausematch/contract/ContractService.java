package fr.clausematch.contract;

import fr.clausematch.territory.TerritoryService;
import fr.clausematch.security.CurrentUser;
import fr.clausematch.security.Role;
import fr.clausematch.security.SignedInUser;
import fr.clausematch.shared.AccessRefusedException;
import fr.clausematch.shared.ConflictException;
import org.springframework.data.jpa.domain.Specification;
import fr.clausematch.shared.InvalidFieldException;
import fr.clausematch.shared.NotFoundException;
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
    private final ContractPairings pairings;
    private final ApplicationEventPublisher events;

    ContractService(ContractRepository contracts, SlotRepository slots, BuyerRepository buyers, ContractMapper mapper,
                    TerritoryService territories, JdbcTemplate jdbc, ApplicationEventPublisher events,
                    ContractPairings pairings) {
        this.contracts = contracts;
        this.slots = slots;
        this.buyers = buyers;
        this.mapper = mapper;
        this.territories = territories;
        this.jdbc = jdbc;
        this.pairings = pairings;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public Page<ContractSummary> page(ContractFilter filter, Pageable pageable) {
        SignedInUser user = CurrentUser.get();
        if (filter.territory() != null && !filter.territory().isBlank() && user.is(Role.FACILITATOR)) {
            CurrentUser.requireTerritory(filter.territory());
        }
        if (filter.buyer() != null && !filter.buyer().isBlank() && user.is(Role.BUYER) && !filter.buyer().equals(user.buyerCode())) {
            throw new AccessRefusedException("vous n'avez accès qu'aux contrats de " + user.buyerCode());
        }
        return contracts.findAll(filter.toSpecification().and(visibleTo(user)), pageable).map(mapper::toSummary);
    }

    @Transactional(readOnly = true)
    public ContractView get(String id) {
        return mapper.toView(find(id));
    }

    @Transactional
    public ContractView create(ContractForm form) {
        territories.require(form.getTerritory());
        mayWrite(form);
        if (contracts.existsByExternalId(form.getId())) {
            throw ConflictException.idTaken(form.getId());
        }
        List<SlotForm> slotForms = form.getSlots() == null ? List.of() : form.getSlots();
        for (int i = 0; i < slotForms.size(); i++) {
            if (slots.existsByExternalId(slotForms.get(i).getId())) {
                throw new ConflictException("slots[" + i + "] : " + ConflictException.idTaken(slotForms.get(i).getId()).getMessage());
            }
        }
        Contract contract = new Contract(form.getId());
        mapper.update(form, contract);
        contract.setBuyer(buyer(form.getBuyer()));
        contract.setStatus(form.getStatus() == null ? ContractStatus.SUBMITTED : form.getStatus());
        for (SlotForm slotForm : slotForms) {
            Slot slot = new Slot(slotForm.getId());
            mapper.apply(slotForm, slot);
            contract.addSlot(slot);
        }
        ContractView created = mapper.toView(contracts.saveAndFlush(contract));
        events.publishEvent(new ContractSubmitted(created.territory(), created.id()));
        return created;
    }

    @Transactional
    public ContractView update(String id, ContractForm form) {
        if (!id.equals(form.getId())) {
            throw new InvalidFieldException("id", "l'identifiant ne se modifie pas (attendu " + id + ")");
        }
        Contract contract = find(id);
        ConflictException.checkVersion(CONTRACT, id, form.getVersion(), contract.getVersion());
        territories.require(form.getTerritory());
        mayWrite(form);
        mapper.update(form, contract);
        contract.setBuyer(buyer(form.getBuyer()));
        if (form.getStatus() != null) {
            contract.setStatus(form.getStatus());
        }
        return mapper.toView(contracts.saveAndFlush(contract));
    }

    @Transactional
    public void delete(String id, long version) {
        Contract contract = find(id);
        ConflictException.checkVersion(CONTRACT, id, version, contract.getVersion());
        refuseIfPaired(pairings.ofSlots(contract.getSlots().stream().map(Slot::getId).toList()), CONTRACT + " " + id);
        contracts.delete(contract);
    }

    @Transactional(readOnly = true)
    public List<SlotView> slots(String contractId) {
        return find(contractId).getSlots().stream().map(mapper::toView).toList();
    }

    @Transactional
    public SlotView addSlot(String contractId, SlotForm form) {
        Contract contract = find(contractId);
        if (slots.existsByExternalId(form.getId())) {
            throw ConflictException.idTaken(form.getId());
        }
        Slot slot = new Slot(form.getId());
        mapper.apply(form, slot);
        contract.addSlot(slot);
        contracts.saveAndFlush(contract);
        return mapper.toView(slot);
    }

    @Transactional
    public SlotView updateSlot(String contractId, String slotId, SlotForm form) {
        if (!slotId.equals(form.getId())) {
            throw new InvalidFieldException("id", "l'identifiant ne se modifie pas (attendu " + slotId + ")");
        }
        Slot slot = findSlot(contractId, slotId);
        ConflictException.checkVersion(SLOT, slotId, form.getVersion(), slot.getVersion());
        mapper.apply(form, slot);
        return mapper.toView(slots.saveAndFlush(slot));
    }

    @Transactional
    public void deleteSlot(String contractId, String slotId, long version) {
        Slot slot = findSlot(contractId, slotId);
        ConflictException.checkVersion(SLOT, slotId, version, slot.getVersion());
        refuseIfPaired(pairings.ofSlot(slot.getId()), SLOT + " " + slotId);
        slot.getContract().getSlots().remove(slot);
    }

    @Transactional(readOnly = true)
    public List<BuyerView> buyers() {
        SignedInUser user = CurrentUser.get();
        return buyers.findAll(org.springframework.data.domain.Sort.by("name")).stream()
                .filter(b -> !user.is(Role.BUYER) || b.getCode().equals(user.buyerCode()))
                .map(mapper::toView).toList();
    }

    @Transactional(readOnly = true)
    public BuyerView buyerView(String code) {
        SignedInUser user = CurrentUser.get();
        return mapper.toView(buyers.findByCode(code).filter(b -> !user.is(Role.BUYER) || b.getCode().equals(user.buyerCode()))
                .orElseThrow(() -> new NotFoundException("Acheteur", code)));
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
        Buyer buyer = buyers.findByCode(code).filter(this::mayEdit).orElseThrow(() -> new NotFoundException("Acheteur", code));
        ConflictException.checkVersion("Acheteur", code, form.version(), buyer.getVersion());
        buyer.setName(form.name());
        buyer.setKind(form.kind());
        return mapper.toView(buyers.saveAndFlush(buyer));
    }

    /**
     * Buyers are shared by every territory: administrators edit any; a facilitator edits a buyer with contracts
     * in one of her territories, or with no contract yet (one just created). Any other buyer is, for writes,
     * answered as one that does not exist, like every record out of reach.
     */
    private boolean mayEdit(Buyer buyer) {
        SignedInUser user = CurrentUser.get();
        if (user.is(Role.ADMIN)) {
            return true;
        }
        List<String> territoriesOfBuyer = jdbc.queryForList("SELECT DISTINCT territory_code FROM contract WHERE buyer_id = ?",
                String.class, buyer.getId());
        return user.is(Role.FACILITATOR) && (territoriesOfBuyer.isEmpty() || territoriesOfBuyer.stream().anyMatch(user::worksOn));
    }

    private static void refuseIfPaired(long pairings, String what) {
        if (pairings > 0) {
            throw new ConflictException(what + " figure dans " + pairings
                    + " proposition(s) de plan : clôturez-le ou annulez-le plutôt que de le supprimer");
        }
    }

    private Buyer buyer(String code) {
        return buyers.findByCode(code).orElseThrow(() ->
                new InvalidFieldException("buyer", "acheteur inconnu : " + code + " (créez-le d'abord)"));
    }

    /** A contract the user may see; one outside their scope is answered as one that does not exist. */
    private Contract find(String id) {
        SignedInUser user = CurrentUser.get();
        return contracts.findByExternalId(id).filter(c -> user.sees(c.getTerritoryCode(), c.getBuyer().getCode()))
                .orElseThrow(() -> new NotFoundException(CONTRACT, id));
    }

    /** Facilitators write in their territories only; a buyer submits for their own organisation only. */
    private static void mayWrite(ContractForm form) {
        SignedInUser user = CurrentUser.get();
        if (user.is(Role.BUYER)) {
            if (!user.buyerCode().equals(form.getBuyer())) {
                throw new AccessRefusedException("vous ne pouvez déposer des besoins que pour " + user.buyerCode());
            }
        } else {
            CurrentUser.requireTerritory(form.getTerritory());
        }
    }

    /** The contracts a user may see: their territories (facilitator), their organisation (buyer), all (administrator). */
    static Specification<Contract> visibleTo(SignedInUser user) {
        return (root, query, cb) -> switch (user.role()) {
            case ADMIN -> cb.conjunction();
            case FACILITATOR -> user.territories().isEmpty() ? cb.disjunction() : root.get("territoryCode").in(user.territories());
            case BUYER -> cb.equal(root.get("buyer").get("code"), user.buyerCode());
        };
    }

    private Slot findSlot(String contractId, String slotId) {
        find(contractId);
        // a slot of another contract (perhaps of another territory) is answered exactly like one that does not exist
        return slots.findByExternalId(slotId).filter(slot -> slot.getContract().getExternalId().equals(contractId))
                .orElseThrow(() -> new NotFoundException(SLOT, slotId));
    }
}
