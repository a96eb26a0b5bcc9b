package org.relieftrace.platform.request;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StorableTextTest {

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void nulAndUnpairedSurrogatesAreNotStorablePairsAndChineseAre() {
        assertThat(StorableText.storable("朱沱镇 😀 tent")).isTrue();
        assertThat(StorableText.storable("A\u0000B")).isFalse();
        assertThat(StorableText.storable("A\uD800")).isFalse();
        assertThat(StorableText.storable("\uDC00A")).isFalse();
        assertThat(StorableText.storable("\uD83D\uDE00")).isTrue();
    }

    @Test
    void jsonStringsAreCheckedAfterTheirEscapesAreDecodedAndTheFieldIsNamed() {
        assertThat(StorableText.unstorableInJson(utf8("{\"head\": {\"name\": \"张三\"}, \"n\": 1}"))).isEmpty();
        assertThat(StorableText.unstorableInJson(utf8("{\"head\": {\"name\": \"张\\u0000三\"}}")))
                .contains("head.name");
        assertThat(StorableText.unstorableInJson(utf8("{\"lines\": [{\"a\": 1}, {\"note\": \"\\ud800\"}]}")))
                .contains("lines[1].note");
        assertThat(StorableText.unstorableInJson(utf8("{\"ok\\u0000\": 1}"))).contains("ok\u0000");
        assertThat(StorableText.unstorableInJson(utf8("[\"\\udc00\"]"))).contains("[0]");
        assertThat(StorableText.unstorableInJson(utf8("{\"emoji\": \"\\ud83d\\ude00\"}"))).isEmpty();
    }

    @Test
    void malformedJsonIsLeftToTheEndpointButBytesThatAreNotUtf8AreRefused() {
        assertThat(StorableText.unstorableInJson(utf8("{\"a\": "))).isEmpty();
        assertThat(StorableText.unstorableInJson(new byte[] {'"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"'}))
                .contains("");
    }

    @Test
    void textBodiesAndPercentEncodedPartsAreCheckedAsBytes() {
        assertThat(StorableText.storableText(utf8("code,name\n1,朱沱镇\n"))).isTrue();
        assertThat(StorableText.storableText(utf8("code,name\n1,\u0000\n"))).isFalse();
        assertThat(UnstorableCharactersFilter.storableEncoded("/api/registry/catalog/items/TENT-1")).isTrue();
        assertThat(UnstorableCharactersFilter.storableEncoded("/api/registry/catalog/items/%E5%B8%90")).isTrue();
        assertThat(UnstorableCharactersFilter.storableEncoded("/api/registry/catalog/items/A%00B")).isFalse();
        assertThat(UnstorableCharactersFilter.storableEncoded("/items/%ED%A0%80")).isFalse();
        assertThat(UnstorableCharactersFilter.storableEncoded("/items/100%")).isTrue();
    }
}
