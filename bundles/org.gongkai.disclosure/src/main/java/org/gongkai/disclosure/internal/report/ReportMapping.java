package org.gongkai.disclosure.internal.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.gongkai.disclosure.ApplicationDetail;
import org.gongkai.disclosure.Decision;
import org.gongkai.disclosure.Ground;
import org.gongkai.disclosure.Stage;
import org.gongkai.platform.FieldError;
import org.gongkai.platform.ValidationException;

/**
 * The one place that says in which row of “三、本年度办理结果” a case is counted: per item decision, per case that ended
 * without a decision, and for a whole application whose items ended differently.
 *
 * <p><b>Item decisions</b> (disclosure-law.md §2.2): 第三十六条第（一）（二）项 → （一）予以公开; 第三十七条 → （二）部分公开;
 * 第三十六条第（三）项 with its {@link Ground} → （三）不予公开 1–8; 第三十六条第（四）项 → （四）1; 第三十八条 → （四）2; 补正后仍不明确 →
 * （四）3; 第三十九条第一款 → （五）1; 第三十六条第（六）项 → （五）2; 第三十九条第二款 → （五）3; 第三十五条 → （五）4. Three defaults
 * are <b>[UNCONFIRMED]</b> and meant to be checked with the county 主管部门: 第三十六条第（五）项 {@link Decision#NOT_RESPONSIBLE}
 * → （四）1 本机关不掌握; 第三十六条第（七）项 {@link Decision#SPECIAL_PROCEDURE} → （六）3 其他;
 * {@link Decision#CONFIRMATION_REQUEST} → （五）5. Every decision except {@link Decision#WITHHELD} (whose row follows the
 * ground) may be overridden through the constructor's map.
 *
 * <p><b>Ends without a decision</b>: {@link Stage#ABANDONED} (第三十条, not corrected in time) → （六）1;
 * {@link Stage#LAPSED} (fee not paid) → （六）2; {@link Stage#WITHDRAWN} → （六）3 其他.
 *
 * <p><b>Precedence rule</b> ({@link #combine}): the national table counts applications, not items, so an application
 * whose items ended in different rows gets one proposed row:
 * <ol>
 * <li>all items in the same row → that row;</li>
 * <li>at least one item disclosed (（一） or （二）) and not every item fully disclosed → （二）部分公开 — the applicant
 * received part of what was asked for. Note: this also makes 予以公开 + 部分公开 items （二）, since the application as a
 * whole was answered by Art. 37 separation (“区分处理的，只计这一情形”);</li>
 * <li>otherwise (no item disclosed at all) → the first of the items' rows in table order, i.e. the most substantive
 * answer wins: 不予公开 &gt; 无法提供 &gt; 不予处理 &gt; 其他处理, and within a group the lowest sub-row number.</li>
 * </ol>
 * This is a proposal only: the reviewer may change it, and the report counts the row stored with the application.
 */
public final class ReportMapping {
    private static final Set<Decision> UNCONFIRMED = EnumSet.of(Decision.NOT_RESPONSIBLE, Decision.SPECIAL_PROCEDURE,
            Decision.CONFIRMATION_REQUEST);
    private static final Set<ReportRow> DISCLOSED = EnumSet.of(ReportRow.GRANTED, ReportRow.PARTIALLY_GRANTED);

    private final Map<Decision, ReportRow> rows;

    /** The default mapping of §2.2. */
    public ReportMapping() {
        this(Map.of());
    }

    /**
     * The default mapping with some decisions mapped elsewhere (e.g. from the county's configuration).
     *
     * @throws ValidationException if an override is null or concerns {@link Decision#WITHHELD}
     */
    public ReportMapping(Map<Decision, ReportRow> overrides) {
        List<FieldError> errors = new ArrayList<>();
        Map<Decision, ReportRow> map = defaults();
        overrides.forEach((decision, row) -> {
            String field = "overrides[" + decision + "]";
            if (decision == Decision.WITHHELD) {
                errors.add(FieldError.of(field, "不予公开的统计行由不予公开理由决定，不能改配",
                        "The row of a withheld item follows its ground and cannot be overridden"));
            } else if (row == null) {
                errors.add(FieldError.of(field, "请为该答复类型选择统计行", "Choose a report row for this decision"));
            } else {
                map.put(decision, row);
            }
        });
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        this.rows = map;
    }

    /** The decisions whose default row is not confirmed by a national text (configurable). */
    public static Set<Decision> unconfirmedDecisions() {
        return EnumSet.copyOf(UNCONFIRMED);
    }

    private static Map<Decision, ReportRow> defaults() {
        Map<Decision, ReportRow> m = new EnumMap<>(Decision.class);
        m.put(Decision.ALREADY_PUBLIC, ReportRow.GRANTED);
        m.put(Decision.DISCLOSED, ReportRow.GRANTED);
        m.put(Decision.PARTIALLY_DISCLOSED, ReportRow.PARTIALLY_GRANTED);
        m.put(Decision.NOT_HELD, ReportRow.UNAVAILABLE_NOT_HELD);
        m.put(Decision.NOT_RESPONSIBLE, ReportRow.UNAVAILABLE_NOT_HELD);
        m.put(Decision.REPEATED, ReportRow.NOT_PROCESSED_REPEATED);
        m.put(Decision.SPECIAL_PROCEDURE, ReportRow.OTHER);
        m.put(Decision.NEEDS_CREATION, ReportRow.UNAVAILABLE_NEEDS_CREATION);
        m.put(Decision.UNCLEAR_AFTER_CORRECTION, ReportRow.UNAVAILABLE_UNCLEAR);
        m.put(Decision.PETITION, ReportRow.NOT_PROCESSED_PETITION);
        m.put(Decision.PUBLICATION, ReportRow.NOT_PROCESSED_PUBLICATION);
        m.put(Decision.EXCESSIVE, ReportRow.NOT_PROCESSED_EXCESSIVE);
        m.put(Decision.CONFIRMATION_REQUEST, ReportRow.NOT_PROCESSED_CONFIRMATION);
        return m;
    }

    /**
     * The row of one item's decision. The ground matters only for {@link Decision#WITHHELD}.
     *
     * @throws ValidationException if the decision is missing, or a withheld item has no ground
     */
    public ReportRow rowOf(Decision decision, Ground ground) {
        if (decision == null) {
            throw ValidationException.of("decision", "该项尚无答复决定", "The item has no decision yet");
        }
        if (decision != Decision.WITHHELD) {
            return rows.get(decision);
        }
        if (ground == null) {
            throw ValidationException.of("ground", "不予公开须注明理由（第十四条至第十六条）",
                    "A withheld item needs its ground (Art. 14–16)");
        }
        return switch (ground) {
            case STATE_SECRET -> ReportRow.WITHHELD_STATE_SECRET;
            case PROHIBITED_BY_LAW -> ReportRow.WITHHELD_PROHIBITED_BY_LAW;
            case SECURITY_STABILITY -> ReportRow.WITHHELD_SECURITY_STABILITY;
            case THIRD_PARTY -> ReportRow.WITHHELD_THIRD_PARTY;
            case INTERNAL_AFFAIRS -> ReportRow.WITHHELD_INTERNAL_AFFAIRS;
            case PROCESS_INFORMATION -> ReportRow.WITHHELD_PROCESS_INFORMATION;
            case ENFORCEMENT_FILE -> ReportRow.WITHHELD_ENFORCEMENT_FILE;
            case ADMINISTRATIVE_QUERY -> ReportRow.WITHHELD_ADMINISTRATIVE_QUERY;
        };
    }

    /** The row of a case that ended without item decisions, or empty for any other stage. */
    public static Optional<ReportRow> rowOfEnd(Stage stage) {
        return switch (stage) {
            case ABANDONED -> Optional.of(ReportRow.OTHER_NOT_CORRECTED);
            case LAPSED -> Optional.of(ReportRow.OTHER_FEE_UNPAID);
            case WITHDRAWN -> Optional.of(ReportRow.OTHER);
            default -> Optional.empty();
        };
    }

    /**
     * The application's single row from its items' rows, by the precedence rule in the class comment.
     *
     * @throws IllegalArgumentException if there are no rows or one of them is null
     */
    public static ReportRow combine(Collection<ReportRow> itemRows) {
        if (itemRows.isEmpty() || itemRows.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("Need at least one item row and no null rows: " + itemRows);
        }
        Set<ReportRow> distinct = EnumSet.copyOf(itemRows);
        if (distinct.size() == 1) {
            return distinct.iterator().next();
        }
        if (distinct.stream().anyMatch(DISCLOSED::contains)) {
            return ReportRow.PARTIALLY_GRANTED;
        }
        return distinct.stream().min(Comparator.naturalOrder()).orElseThrow();
    }

    /**
     * The proposed row of a case: by its end stage for withdrawn, abandoned and lapsed cases; by its items'
     * decisions and {@link #combine} once replied; empty while no reply has been made.
     *
     * @throws ValidationException if a replied case has an item without decision or a withheld item without ground
     */
    public Optional<ReportRow> propose(ApplicationDetail detail) {
        Optional<ReportRow> end = rowOfEnd(detail.stage());
        if (end.isPresent()) {
            return end;
        }
        if (detail.stage() != Stage.REPLIED && detail.stage() != Stage.DELIVERED && detail.stage() != Stage.ARCHIVED) {
            return Optional.empty();
        }
        List<FieldError> errors = new ArrayList<>();
        List<ReportRow> itemRows = new ArrayList<>();
        List<ApplicationDetail.Item> items = detail.items() == null ? List.of() : detail.items();
        for (int i = 0; i < items.size(); i++) {
            ApplicationDetail.Item item = items.get(i);
            try {
                itemRows.add(rowOf(item.decision(), item.ground()));
            } catch (ValidationException e) {
                for (FieldError f : e.fieldErrors()) {
                    errors.add(FieldError.of("items[" + i + "]." + f.field(), f.zh(), f.en()));
                }
            }
        }
        if (items.isEmpty()) {
            errors.add(FieldError.of("items", "已答复的申请没有任何申请事项", "A replied application has no items"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return Optional.of(combine(itemRows));
    }
}
