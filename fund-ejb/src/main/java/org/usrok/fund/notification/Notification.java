package org.usrok.fund.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A message to one user about one thing (a round, application or claim). It is only ever marked
 * read by its recipient; it is never edited.
 */
@Entity
@Table(name = "notification")
public class Notification {

    static final String ENTITY = "Notification";
    private static final String SEPARATOR = "\u001F";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_seq")
    @SequenceGenerator(name = "notification_seq", sequenceName = "notification_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = 64)
    private String recipient;

    @Column(nullable = false, length = 40)
    private String kind;

    @Column(name = "subject_type", nullable = false, length = 40)
    private String subjectType;

    @Column(name = "subject_id", nullable = false)
    private long subjectId;

    @Column(name = "message_key", nullable = false, length = 100)
    private String messageKey;

    @Column(name = "message_args", length = 1000)
    private String messageArgs;

    /** The arguments as Korean readers see them; null when they are the same as {@link #messageArgs}. */
    @Column(name = "message_args_ko", length = 1000)
    private String messageArgsKo;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {
    }

    Notification(String recipient, String kind, String subjectType, long subjectId, String messageKey,
                 List<String> args, List<String> argsKo, Instant createdAt) {
        this.recipient = recipient;
        this.kind = kind;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.messageKey = messageKey;
        this.messageArgs = joined(args);
        this.messageArgsKo = argsKo.equals(args) ? null : joined(argsKo);
        this.createdAt = createdAt;
    }

    private static String joined(List<String> args) {
        String joined = String.join(SEPARATOR, args);
        return joined.length() > 1000 ? joined.substring(0, 1000) : joined;
    }

    void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getKind() {
        return kind;
    }

    public String getSubjectType() {
        return subjectType;
    }

    public long getSubjectId() {
        return subjectId;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public List<String> getMessageArgs() {
        return split(messageArgs);
    }

    public List<String> getMessageArgsKo() {
        return messageArgsKo == null ? getMessageArgs() : split(messageArgsKo);
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of()
                : Arrays.stream(joined.split(SEPARATOR, -1)).collect(Collectors.toList());
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }
}
