package org.relieftrace.relief.reliefcase;

/** Where a relief case stands on its path "户报、村评、乡审、县定". */
public enum CaseStatus {
    /** 已申请: waiting for the village's appraisal. */
    OPEN,
    /** 已评议: appraised, waiting to be posted. */
    APPRAISED,
    /** 公示中: on the village's posted list. */
    ON_NOTICE,
    /** 退回重评: an upheld objection sent it back; the village appraises it again. */
    RETURNED,
    /** 乡镇已审核: waiting for the county. */
    REVIEWED,
    /** 待复核: an overridden amount waits for a second county approver. */
    AWAITING_SECOND_APPROVAL,
    /** 县级已审批: the amount is fixed and committed; to be paid. */
    APPROVED,
    /** 不予救助. */
    REJECTED
}
