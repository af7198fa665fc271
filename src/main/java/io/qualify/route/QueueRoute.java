package io.qualify.route;

import com.rabbitmq.client.Channel;
import io.qualify.config.ServiceConfig.Broker;
import io.qualify.document.Intake;
import io.qualify.document.Intake.Source;
import io.qualify.intake.Spool;
import io.qualify.intake.UnprocessableSubmissionException;
import io.qualify.route.ReviewSteps.Reviewed;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.springrabbit.SpringRabbitMQConstants;
import org.apache.camel.support.SynchronizationAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The queue consumer (SPEC.md §5): a submission zip per message from the durable quorum queue, header
 * {@code submission} naming it; prefetch 1 per worker and manual acknowledgement, sent only after the
 * verdict is stored and its JSON published to the topic exchange (routing key
 * {@code verdict.<decision>}) with a publisher confirm. A message that cannot be processed goes to the
 * dead-letter queue at once with a {@code qualify-reason} header; any other failure hands the message
 * back to the broker (another node, or this one, gets it again; the broker dead-letters it after the
 * delivery limit). A redelivered message whose verdict is stored is only published again and acked.
 */
public final class QueueRoute extends RouteBuilder {

    public static final String REASON_HEADER = "qualify-reason";
    private static final Logger LOG = LoggerFactory.getLogger("io.qualify.service");

    private final Broker broker;
    private final Spool spool;
    private final int workers;

    public QueueRoute(Broker broker, Spool spool, int workers) {
        this.broker = broker;
        this.spool = spool;
        this.workers = workers;
    }

    @Override
    public void configure() {
        from(consumerUri()).routeId("queue")
                .onException(UnprocessableSubmissionException.class).handled(true).useOriginalMessage()
                    .process(this::giveReason).to(deadLetterUri()).process(QueueRoute::ack).end()
                .onException(Exception.class).handled(true).process(QueueRoute::handBack).end()
                .process(this::spool)
                .to(ProcessingRoute.URI)
                .process(QueueRoute::verdictMessage)
                .to(verdictsUri())
                .process(QueueRoute::ack);
    }

    private String consumerUri() {
        String q = broker.queue();
        String dead = broker.deadQueue();
        return "spring-rabbitmq:" + q + "?queues=" + q + "&routingKey=" + q + "&acknowledgeMode=MANUAL&prefetchCount=1"
                + "&concurrentConsumers=" + workers + "&arg.queue.durable=true&arg.queue.x-queue-type=quorum"
                + "&arg.queue.x-delivery-limit=" + broker.deliveryLimit()
                + "&deadLetterExchange=" + dead + "&deadLetterQueue=" + dead + "&deadLetterRoutingKey=" + dead
                + "&arg.dlq.queue.x-queue-type=quorum&maximumRetryAttempts=1";
    }

    private String deadLetterUri() {
        return "spring-rabbitmq:" + broker.deadQueue() + "?routingKey=" + broker.deadQueue() + "&confirm=enabled";
    }

    private String verdictsUri() {
        return "spring-rabbitmq:" + broker.verdictsExchange() + "?confirm=enabled";
    }

    private void spool(Exchange exchange) throws Exception {
        byte[] body = exchange.getMessage().getBody(byte[].class);
        Intake item = spool.take(body == null ? new byte[0] : body,
                exchange.getMessage().getHeader("submission", String.class), Source.QUEUE);
        exchange.getExchangeExtension().addOnCompletion(new SynchronizationAdapter() {
            @Override
            public void onDone(Exchange done) {
                try {
                    spool.release(item);
                } catch (java.io.IOException e) {
                    LOG.warn("spooled copy of {} not removed: {}", item.name(), e.toString());
                }
            }
        });
        exchange.getMessage().setBody(item);
    }

    private static void verdictMessage(Exchange exchange) {
        Reviewed reviewed = exchange.getMessage().getBody(Reviewed.class);
        exchange.getMessage().setHeader(SpringRabbitMQConstants.ROUTING_OVERRIDE_KEY, "verdict." + reviewed.verdict().decision());
        exchange.getMessage().setHeader("submission", reviewed.verdict().submission());
        exchange.getMessage().setHeader("qualify-id", reviewed.verdict().id());
        exchange.getMessage().setHeader(SpringRabbitMQConstants.CONTENT_TYPE, "application/json");
        exchange.getMessage().setBody(reviewed.verdict().json());
    }

    private void giveReason(Exchange exchange) {
        Exception cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        LOG.warn("message {} sent to {}: {}", exchange.getMessage().getHeader("submission"), broker.deadQueue(), cause.getMessage());
        exchange.getMessage().setHeader(REASON_HEADER, cause.getMessage());
    }

    private static void ack(Exchange exchange) throws Exception {
        channel(exchange).basicAck(deliveryTag(exchange), false);
    }

    private static void handBack(Exchange exchange) throws Exception {
        Exception cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        LOG.warn("message {} handed back to the queue: {}", exchange.getMessage().getHeader("submission"), cause.toString());
        Channel channel = channel(exchange);
        if (channel.isOpen()) {
            channel.basicNack(deliveryTag(exchange), false, true);
        }
    }

    private static Channel channel(Exchange exchange) {
        return exchange.getProperty(SpringRabbitMQConstants.CHANNEL, Channel.class);
    }

    private static long deliveryTag(Exchange exchange) {
        return exchange.getMessage().getHeader(SpringRabbitMQConstants.DELIVERY_TAG, Long.class);
    }
}
