package org.relieftrace.relief;

import java.util.List;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The periods and formats that vary by province, as configuration ({@code relief.rules.*}) with the defaults of
 * 《自然灾害救助条例》 and common bank practice.
 */
@ConfigMapping(prefix = "relief.rules")
public interface ReliefRules {

    /** 公示: days a village's list stays posted unless the request says otherwise. */
    @WithDefault("7")
    int noticeDays();

    /** Days before a batch within which a changed payout account is flagged for a second check. */
    @WithDefault("30")
    int accountChangeCheckDays();

    /** The columns of the bank file, in order (see the payment package's BankFile). */
    @WithDefault("seq,paymentId,bank,accountNumber,holderName,amount")
    List<String> bankFileColumns();

    /** A TrueType font (file) for the Chinese text of the printable lists; the standard STSong-Light when absent. */
    java.util.Optional<String> publicationFont();

    /** The field delimiter of the bank file and of the bank's result file. */
    @WithDefault(",")
    char bankFileDelimiter();
}
