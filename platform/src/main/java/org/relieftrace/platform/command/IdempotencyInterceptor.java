package org.relieftrace.platform.command;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import org.relieftrace.chain.CanonicalJson;
import org.relieftrace.chain.EventMetadata;

/**
 * Claims a command's {@code Idempotency-Key} inside the command's transaction before handling it, and records the
 * answer after; a key already claimed raises {@link DuplicateRequest} so that nothing is appended twice.
 */
public final class IdempotencyInterceptor implements MessageHandlerInterceptor<CommandMessage<?>> {

    private final IdempotencyStore store;
    private final CanonicalJson canonical;

    public IdempotencyInterceptor(IdempotencyStore store, CanonicalJson canonical) {
        this.store = store;
        this.canonical = canonical;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain)
            throws Exception {
        CommandMessage<?> command = unitOfWork.getMessage();
        Object key = command.getMetaData().get(EventMetadata.IDEMPOTENCY_KEY);
        if (key == null) {
            return chain.proceed();
        }
        String callerId = String.valueOf(command.getMetaData().getOrDefault(EventMetadata.USER_ID, "anonymous"));
        String fingerprint = fingerprint(command);
        if (!store.claim(callerId, key.toString(), command.getCommandName(), fingerprint)) {
            throw new DuplicateRequest(callerId, key.toString(), fingerprint);
        }
        Object result = chain.proceed();
        store.answer(callerId, key.toString(), result);
        return result;
    }

    /** SHA-256 of the command name and canonical payload. */
    public String fingerprint(CommandMessage<?> command) {
        String material = command.getCommandName() + "\n" + canonical.ofValue(command.getPayload());
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(material.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
