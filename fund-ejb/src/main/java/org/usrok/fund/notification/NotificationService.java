package org.usrok.fund.notification;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import org.usrok.fund.security.CurrentActor;
import org.usrok.fund.security.Role;
import org.usrok.fund.shared.BilingualText;
import org.usrok.fund.shared.Clock;
import org.usrok.fund.shared.CountryCode;
import org.usrok.fund.shared.EntityNotFoundException;
import org.usrok.fund.shared.Page;
import org.usrok.fund.shared.PageRequest;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Writes notifications as part of the caller's transaction (a rolled-back change announces
 * nothing) and serves each user their own inbox. Nobody reads or marks another user's
 * notifications. A message argument given as a {@link BilingualText} (a round's name) is stored in
 * both languages, so a Korean reader sees the Korean name, not the English one of the moment the
 * notice was written.
 */
@Stateless
public class NotificationService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentActor currentActor;

    /** Notifies every enabled officer of the given government, or of both when {@code country} is null. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void notifyOfficers(CountryCode country, String kind, String subjectType, long subjectId, String messageKey,
                               Object... args) {
        send(officers(country), kind, subjectType, subjectId, messageKey, args);
    }

    /**
     * The usernames of every enabled officer of the given government, or of both when
     * {@code country} is null: for a caller that notifies them of many subjects at once.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public List<String> officers(CountryCode country) {
        List<Role> roles = country == null ? List.of(Role.OFFICER_US, Role.OFFICER_KR) : List.of(Role.officerOf(country));
        return em.createQuery("select distinct u.username from UserAccount u join u.roles r "
                        + "where u.enabled = true and r in :roles order by u.username", String.class)
                .setParameter("roles", roles).getResultList();
    }

    /** Notifies the given users, e.g. {@link #officers} looked up once. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void notifyUsers(List<String> recipients, String kind, String subjectType, long subjectId, String messageKey,
                            Object... args) {
        send(recipients, kind, subjectType, subjectId, messageKey, args);
    }

    /** Notifies every enabled user bound to the company. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void notifyCompany(long companyId, String kind, String subjectType, long subjectId, String messageKey,
                              Object... args) {
        var recipients = em.createQuery("select u.username from UserAccount u where u.enabled = true "
                        + "and u.companyId = :company order by u.username", String.class)
                .setParameter("company", companyId).getResultList();
        send(recipients, kind, subjectType, subjectId, messageKey, args);
    }

    /** Notifies every enabled user bound to a verified company (e.g. a round has opened). */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void notifyAllCompanies(String kind, String subjectType, long subjectId, String messageKey,
                                   Object... args) {
        var recipients = em.createQuery("select u.username from UserAccount u, Company c where u.enabled = true "
                        + "and u.companyId = c.id and c.status = org.usrok.fund.company.CompanyStatus.VERIFIED "
                        + "order by u.username", String.class)
                .getResultList();
        send(recipients, kind, subjectType, subjectId, messageKey, args);
    }

    private void send(List<String> recipients, String kind, String subjectType, long subjectId, String messageKey,
                      Object... args) {
        Instant now = Clock.now();
        List<String> english = Arrays.stream(args).map(a -> argument(a, Locale.ENGLISH)).toList();
        List<String> korean = Arrays.stream(args).map(a -> argument(a, Locale.KOREAN)).toList();
        for (String recipient : recipients) {
            em.persist(new Notification(recipient, kind, subjectType, subjectId, messageKey, english, korean, now));
        }
    }

    private static String argument(Object arg, Locale language) {
        return arg instanceof BilingualText text ? text.in(language) : String.valueOf(arg);
    }

    /** The caller's notifications, newest first. */
    @PermitAll
    public Page<NotificationSummary> inbox(boolean unreadOnly, @NotNull PageRequest page) {
        String me = currentActor.get().username();
        String where = " where n.recipient = :me" + (unreadOnly ? " and n.readAt is null" : "");
        long total = em.createQuery("select count(n) from Notification n" + where, Long.class)
                .setParameter("me", me).getSingleResult();
        var items = em.createQuery("select n from Notification n" + where + " order by n.id desc", Notification.class)
                .setParameter("me", me)
                .setFirstResult(page.offset()).setMaxResults(page.size())
                .getResultStream().map(NotificationSummary::of).toList();
        return new Page<>(items, page.page(), page.size(), total);
    }

    @PermitAll
    public long unreadCount() {
        return em.createQuery("select count(n) from Notification n where n.recipient = :me and n.readAt is null",
                        Long.class)
                .setParameter("me", currentActor.get().username()).getSingleResult();
    }

    @PermitAll
    public NotificationSummary markRead(long notificationId) {
        Notification n = em.find(Notification.class, notificationId);
        if (n == null || !n.getRecipient().equals(currentActor.get().username())) {
            throw new EntityNotFoundException(Notification.ENTITY, notificationId);
        }
        n.markRead(Clock.now());
        return NotificationSummary.of(n);
    }

    @PermitAll
    public int markAllRead() {
        return em.createQuery("update Notification n set n.readAt = :now where n.recipient = :me and n.readAt is null")
                .setParameter("now", Clock.now())
                .setParameter("me", currentActor.get().username())
                .executeUpdate();
    }
}
