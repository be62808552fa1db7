package fr.passerelle.prospection.contact;

import fr.passerelle.platform.outbox.Outbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/**
 * Implements {@link CountsRefusals}. Its priority puts it outside the idempotency interceptor
 * ({@code PLATFORM_BEFORE + 100}) and {@code @Transactional} ({@code PLATFORM_BEFORE + 200}): when
 * it sees a refusal, the refused change has rolled back already and holds no lock, and the event
 * commits on its own, so that a refused request leaves nothing but the count of its refusal.
 */
@CountsRefusals
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 50)
public class CountedRefusalsInterceptor {

  @Inject Outbox outbox;

  @AroundInvoke
  Object around(InvocationContext invocation) throws Exception {
    try {
      return invocation.proceed();
    } catch (CountedRefusal refusal) {
      QuarkusTransaction.requiringNew().run(() -> refusal.publishWith(outbox));
      throw refusal;
    }
  }
}
