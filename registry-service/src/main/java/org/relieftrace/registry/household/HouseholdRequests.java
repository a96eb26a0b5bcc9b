package org.relieftrace.registry.household;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The bodies of the household resource. Resident ID numbers are checked by the resource ({@link ResidentIds}). */
public final class HouseholdRequests {

    /** A mainland mobile number: 11 digits starting 13 to 19. */
    static final String PHONE = "1[3-9]\\d{9}";
    static final String PHONE_MESSAGE = "must be a mainland mobile number: 11 digits starting 13 to 19";

    private HouseholdRequests() {
    }

    /** A person to put on a household's record. */
    @Schema(name = "PersonRequest", description = "家庭成员 — a person with their resident ID number")
    public record PersonRequest(
            @NotBlank @Size(max = 100) String name,
            @NotNull @Schema(description = "18-character resident ID number (GB 11643); gender and birth date"
                    + " follow from it", examples = "11010519491231002X") String idNumber,
            @Pattern(regexp = PHONE, message = PHONE_MESSAGE) String phone,
            @Size(max = 50) @Schema(description = "relation to the head: 配偶, 子女, 父母…") String relation) {
    }

    /** The body of {@code POST /households}: 户登记. */
    @Schema(name = "HouseholdRequest", description = "户登记 — a household to register with its head")
    public record HouseholdRequest(
            @NotNull @Pattern(regexp = "\\d{12}", message = "must be 12 digits")
            @Schema(description = "the registered village or township the household lives in") String divisionCode,
            @NotBlank @Size(max = 300) String address,
            @NotNull @Valid @Schema(description = "户主, the head of household; a phone number is required")
            PersonRequest head,
            @Size(max = 500) @Schema(description = "why, in the user's words") String reason) {
    }

    /** The body of {@code POST /households/{id}/members}: 增加家庭成员. */
    @Schema(name = "MemberRequest", description = "增加家庭成员 — a person joining the household")
    public record MemberRequest(
            @NotNull @Valid PersonRequest person,
            @Size(max = 500) @Schema(description = "why, in the user's words") String reason) {
    }

    /** The body of a removal: 减少家庭成员. */
    @Schema(name = "RemovalRequest", description = "减少家庭成员 — why the person leaves the register")
    public record RemovalRequest(@NotBlank @Size(max = 500) String reason) {
    }

    /** The body of a member's move to another household. */
    @Schema(name = "MemberMoveRequest", description = "成员迁移 — the household the person moves to")
    public record MemberMoveRequest(
            @NotNull UUID toHouseholdId,
            @NotBlank @Size(max = 500) String reason) {
    }

    /** The body of a death record: 死亡登记. */
    @Schema(name = "DeathRequest", description = "死亡登记 — the date of death, the document it is recorded from"
            + " and the cause")
    public record DeathRequest(
            @NotNull LocalDate dateOfDeath,
            @NotBlank @Size(max = 200) @Schema(description = "the document that shows the death (死亡证明编号)")
            String documentReference,
            @NotBlank @Size(max = 200) @Schema(description = "how the person died (死因), e.g. 因灾遇难") String cause,
            @Size(max = 500) String reason) {
    }

    /** The body of {@code POST /households/{id}/move}: 户迁移. */
    @Schema(name = "HouseholdMoveRequest", description = "户迁移 — where the household lives now")
    public record HouseholdMoveRequest(
            @NotNull @Pattern(regexp = "\\d{12}", message = "must be 12 digits") String divisionCode,
            @NotBlank @Size(max = 300) String address,
            @NotBlank @Size(max = 500) String reason) {
    }

    /** The body of {@code PUT /households/{id}/payout-account}: 一卡通账户. */
    @Schema(name = "PayoutAccountRequest", description = "一卡通账户 — the card that receives the household's money")
    public record PayoutAccountRequest(
            @NotNull @Schema(description = "whose card: HEAD, or the person id of a member") String holder,
            @NotBlank @Size(max = 100) String bank,
            @NotNull @Pattern(regexp = "\\d{12,30}", message = "must be 12 to 30 digits") String accountNumber,
            @NotBlank @Size(max = 100) @Schema(description = "the name on the card: that person's own name")
            String holderName,
            @NotBlank @Size(max = 500) @Schema(description = "why the account is set or changed") String reason) {
    }
}
