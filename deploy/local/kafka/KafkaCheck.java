// Tiny Kafka client used by deploy/local/start.sh (readiness) and for smoke tests.
// Compiled by deploy/local/setup.sh against the jars that pom.xml copies.
//
//   java -cp '<libs>/*:<classes>' KafkaCheck ready     <bootstrap>
//   java -cp '<libs>/*:<classes>' KafkaCheck roundtrip <bootstrap> [topic]
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.ListTopicsOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

public final class KafkaCheck {
    private KafkaCheck() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: KafkaCheck ready|roundtrip <bootstrap> [topic]");
            System.exit(2);
        }
        String bootstrap = args[1];
        switch (args[0]) {
            case "ready" -> System.exit(ready(bootstrap) ? 0 : 1);
            case "roundtrip" -> roundtrip(bootstrap, args.length > 2 ? args[2] : "local-smoke-" + UUID.randomUUID());
            default -> {
                System.err.println("unknown mode " + args[0]);
                System.exit(2);
            }
        }
    }

    private static boolean ready(String bootstrap) {
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "3000");
        p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "4000");
        p.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, "500");
        try (Admin admin = Admin.create(p)) {
            Collection<Node> nodes = admin.describeCluster(new DescribeClusterOptions().timeoutMs(4000))
                    .nodes().get(5, TimeUnit.SECONDS);
            Node controller = admin.describeCluster(new DescribeClusterOptions().timeoutMs(4000))
                    .controller().get(5, TimeUnit.SECONDS);
            admin.listTopics(new ListTopicsOptions().timeoutMs(4000)).names().get(5, TimeUnit.SECONDS);
            if (nodes.isEmpty() || controller == null || controller.isEmpty()) {
                System.err.println("kafka: no broker registered yet");
                return false;
            }
            System.out.println("kafka ready: brokers=" + nodes);
            return true;
        } catch (Exception e) {
            System.err.println("kafka not ready: " + e);
            return false;
        }
    }

    private static void roundtrip(String bootstrap, String topic) throws Exception {
        int n = 5;
        Properties pp = new Properties();
        pp.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        pp.put(ProducerConfig.ACKS_CONFIG, "all");
        pp.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        pp.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(pp)) {
            for (int i = 0; i < n; i++) {
                producer.send(new ProducerRecord<>(topic, "k" + i, "v" + i)).get(30, TimeUnit.SECONDS);
            }
        }
        Properties cp = new Properties();
        cp.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        cp.put(ConsumerConfig.GROUP_ID_CONFIG, "local-smoke-" + UUID.randomUUID());
        cp.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        cp.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        cp.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        List<String> got = new ArrayList<>();
        long deadline = System.currentTimeMillis() + 30_000;
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(cp)) {
            consumer.subscribe(List.of(topic));
            while (got.size() < n && System.currentTimeMillis() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    got.add(r.key() + "=" + r.value());
                }
            }
            consumer.commitSync();
        }
        System.out.println("kafka roundtrip on " + topic + ": produced " + n + ", consumed " + got.size() + " " + got);
        if (got.size() != n) {
            System.exit(1);
        }
    }
}
