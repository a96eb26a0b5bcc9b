package org.relieftrace.relief.reliefcase;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.relieftrace.platform.domain.DomainRuleViolation;
import org.relieftrace.relief.reliefcase.NoticeEvents.ConfirmNotice;
import org.relieftrace.relief.reliefcase.NoticeEvents.ConfirmedNotice;
import org.relieftrace.relief.reliefcase.NoticeEvents.NoticeConfirmed;
import org.relieftrace.relief.reliefcase.NoticeEvents.NoticeEntry;
import org.relieftrace.relief.reliefcase.NoticeEvents.NoticePosted;
import org.relieftrace.relief.reliefcase.NoticeEvents.PaperRecord;
import org.relieftrace.relief.reliefcase.NoticeEvents.PostNotice;
import org.relieftrace.relief.standard.ReliefCategory;

import static org.assertj.core.api.Assertions.assertThat;

/** A notice runs at least its minimum; a paper list is marked, and confirmed by someone other than its recorder. */
class PublicNoticeTest {

    private static final UUID NOTICE = UUID.randomUUID();
    private static final UUID CASE = UUID.randomUUID();
    private static final String VILLAGE = "500118116201";
    private static final LocalDate PUT_UP = LocalDate.of(2026, 7, 20);
    private static final LocalDate RECORDED = LocalDate.of(2026, 7, 27);
    private static final List<NoticeEntry> ENTRIES = List.of(new NoticeEntry(CASE, UUID.randomUUID(), "张大山",
            ReliefCategory.TRANSITIONAL, "2026-07", 2, 3, 360_000));
    private static final PaperRecord PAPER = new PaperRecord("公开栏照片第3号", "停电期间张贴", RECORDED);

    private FixtureConfiguration<PublicNotice> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(PublicNotice.class);
    }

    private static MetaData by(String user) {
        return MetaData.from(Map.of("userId", user, "username", user));
    }

    private static NoticePosted paperPosted() {
        return new NoticePosted(NOTICE, VILLAGE, PUT_UP, PUT_UP.plusDays(7), ENTRIES, true, PAPER.documentReference(),
                PAPER.reason(), RECORDED, "village-civil", "village-civil");
    }

    @Test
    void aNoticeShorterThanTheMinimumIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new PostNotice(NOTICE, VILLAGE, PUT_UP, 6, 7, ENTRIES, null), by("village-civil"))
                .expectException(DomainRuleViolation.class)
                .expectExceptionMessage("A notice in " + VILLAGE + " runs at least 7 days, not 6")
                .expectNoEvents();
    }

    @Test
    void anOrdinaryNoticeIsNotMarkedAndAPaperOneIsMarkedWithItsRecorder() {
        fixture.givenNoPriorActivity()
                .when(new PostNotice(NOTICE, VILLAGE, PUT_UP, 7, 7, ENTRIES, null), by("village-civil"))
                .expectEvents(new NoticePosted(NOTICE, VILLAGE, PUT_UP, PUT_UP.plusDays(7), ENTRIES));
        new AggregateTestFixture<>(PublicNotice.class).givenNoPriorActivity()
                .when(new PostNotice(NOTICE, VILLAGE, PUT_UP, 7, 7, ENTRIES, PAPER), by("village-civil"))
                .expectEvents(paperPosted());
    }

    @Test
    void theRecorderDoesNotConfirmAPaperNoticeAnotherCountyUserDoesOnce() {
        fixture.given(paperPosted())
                .when(new ConfirmNotice(NOTICE, "已核对", RECORDED), by("village-civil"))
                .expectException(DomainRuleViolation.class)
                .expectNoEvents();
        fixture.given(paperPosted())
                .when(new ConfirmNotice(NOTICE, "已核对照片", RECORDED), by("county-civil"))
                .expectEvents(new NoticeConfirmed(NOTICE, "已核对照片", RECORDED, "county-civil", "county-civil"))
                .expectResultMessagePayloadMatching(new org.hamcrest.CustomTypeSafeMatcher<Object>("the cases") {
                    @Override
                    protected boolean matchesSafely(Object result) {
                        return result.equals(new ConfirmedNotice(NOTICE, PUT_UP.plusDays(7), List.of(CASE)));
                    }
                });
        fixture.given(paperPosted(), new NoticeConfirmed(NOTICE, "已核对照片", RECORDED, "county-civil", "county-civil"))
                .when(new ConfirmNotice(NOTICE, "再次", RECORDED), by("county-finance"))
                .expectException(DomainRuleViolation.class);
    }

    @Test
    void anOrdinaryNoticeHasNothingToConfirm() {
        fixture.given(new NoticePosted(NOTICE, VILLAGE, PUT_UP, PUT_UP.plusDays(7), ENTRIES))
                .when(new ConfirmNotice(NOTICE, "确认", RECORDED), by("county-civil"))
                .expectException(DomainRuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void aPaperNoticeRunsFromTheDayItWasRecordedUntilConfirmed() {
        assertThat(CaseRules.noticeRunsUntil(PUT_UP, PUT_UP.plusDays(7), RECORDED, false))
                .isEqualTo(RECORDED.plusDays(7));
        assertThat(CaseRules.noticeRunsUntil(PUT_UP, PUT_UP.plusDays(7), RECORDED, true))
                .isEqualTo(PUT_UP.plusDays(7));
        assertThat(CaseRules.noticeRunsUntil(PUT_UP, PUT_UP.plusDays(7), null, false)).isEqualTo(PUT_UP.plusDays(7));
    }
}
