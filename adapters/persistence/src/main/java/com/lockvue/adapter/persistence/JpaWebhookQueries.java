package com.lockvue.adapter.persistence;

import com.lockvue.application.page.Page;
import com.lockvue.application.page.PageRequest;
import com.lockvue.application.port.out.query.WebhookQueries;
import com.lockvue.application.view.WebhookDeliveryView;
import com.lockvue.application.view.WebhookDeliveryView.AttemptView;
import com.lockvue.application.view.WebhookEndpointView;
import com.lockvue.domain.account.AccountId;
import com.lockvue.domain.webhook.DeliveryState;
import com.lockvue.domain.webhook.EventType;
import com.lockvue.domain.webhook.WebhookDeliveryId;
import com.lockvue.domain.webhook.WebhookEndpointId;
import com.lockvue.domain.webhook.WebhookUrl;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class JpaWebhookQueries implements WebhookQueries {
    /** Attempts listed per delivery: the schedule's, and a few redeliveries. */
    static final int ATTEMPTS_SHOWN = 20;

    @Override
    public List<WebhookEndpointView> endpoints(AccountId owner) {
        return WebhookEndpointEntity.<WebhookEndpointEntity>find("accountId = ?1 order by createdAt, id", owner.value())
                .list().stream().map(JpaWebhookQueries::view).toList();
    }

    @Override
    public Optional<WebhookEndpointView> endpoint(AccountId owner, WebhookEndpointId id) {
        return WebhookEndpointEntity.<WebhookEndpointEntity>find("id = ?1 and accountId = ?2", id.value(), owner.value())
                .firstResultOptional().map(JpaWebhookQueries::view);
    }

    @Override
    @SuppressWarnings("unchecked")
    public Page<WebhookDeliveryView> deliveries(AccountId owner, WebhookEndpointId id, PageRequest page) {
        StringBuilder sql = new StringBuilder("""
                SELECT d.id, d.event_id, ev.type, d.state, d.attempts, d.next_attempt_at, d.created_at
                FROM webhook_deliveries d
                JOIN webhook_endpoints e ON e.id = d.endpoint_id
                JOIN integrator_events ev ON ev.id = d.event_id
                WHERE d.endpoint_id = :endpoint AND e.account_id = :owner
                """);
        Cursor after = page.cursor() == null ? null : Cursor.decode(page.cursor());
        if (after != null) {
            sql.append(" AND (d.created_at < :afterTime OR (d.created_at = :afterTime AND d.id < :afterId))");
        }
        sql.append(" ORDER BY d.created_at DESC, d.id DESC LIMIT :limit");
        var query = Panache.getEntityManager().createNativeQuery(sql.toString())
                .setParameter("endpoint", id.value()).setParameter("owner", owner.value())
                .setParameter("limit", page.limit() + 1);
        if (after != null) {
            query.setParameter("afterTime", SqlValues.at(Cursor.instantKey(after))).setParameter("afterId", after.id());
        }
        List<Object[]> rows = query.getResultList();
        Map<UUID, List<AttemptView>> attempts = attemptsOf(rows.stream().map(r -> SqlValues.uuid(r[0])).toList());
        return Pages.of(rows, page.limit(), r -> delivery(r, attempts.getOrDefault(SqlValues.uuid(r[0]), List.of())),
                r -> new Cursor(SqlValues.instant(r[6]).toString(), SqlValues.uuid(r[0])));
    }

    @SuppressWarnings("unchecked")
    private static Map<UUID, List<AttemptView>> attemptsOf(List<UUID> deliveries) {
        if (deliveries.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = Panache.getEntityManager().createNativeQuery("""
                SELECT delivery_id, attempt, attempted_at, succeeded, status_code, duration_ms, error FROM (
                  SELECT a.*, row_number() OVER (PARTITION BY delivery_id ORDER BY attempt DESC) AS n
                  FROM webhook_attempts a WHERE delivery_id IN (:ids)) newest
                WHERE n <= :shown ORDER BY delivery_id, attempt DESC
                """).setParameter("ids", deliveries).setParameter("shown", ATTEMPTS_SHOWN).getResultList();
        return rows.stream().collect(Collectors.groupingBy(r -> SqlValues.uuid(r[0]),
                Collectors.mapping(r -> new AttemptView(SqlValues.integer(r[1]), SqlValues.instant(r[2]), (Boolean) r[3],
                        SqlValues.integer(r[4]), ((Number) r[5]).longValue(), (String) r[6]),
                        Collectors.toCollection(ArrayList::new))));
    }

    private static WebhookDeliveryView delivery(Object[] r, List<AttemptView> attempts) {
        return new WebhookDeliveryView(new WebhookDeliveryId(SqlValues.uuid(r[0])), SqlValues.uuid(r[1]),
                EventType.ofWireName((String) r[2]), DeliveryState.valueOf((String) r[3]), SqlValues.integer(r[4]),
                SqlValues.instant(r[5]), SqlValues.instant(r[6]), attempts);
    }

    private static WebhookEndpointView view(WebhookEndpointEntity e) {
        return new WebhookEndpointView(new WebhookEndpointId(e.id), WebhookUrl.parse(e.url, "/url"), e.description,
                JpaWebhookEndpointRepository.eventTypes(e.eventTypes), e.enabled, e.failingSince,
                e.previousSecretExpiresAt, e.createdAt, e.version);
    }
}
