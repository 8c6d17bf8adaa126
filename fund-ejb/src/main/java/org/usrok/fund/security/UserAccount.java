package org.usrok.fund.security;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.usrok.fund.persistence.AuditColumns;
import org.usrok.fund.shared.CountryCode;

import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * A person who can sign in. The identity store reads {@code user_account} and {@code user_role}
 * directly; the password is stored only as a PBKDF2 hash. A company user is bound to at most one
 * company, set when that user registers it.
 */
@Entity
@Table(name = "user_account")
public class UserAccount extends AuditColumns {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "user_account_seq")
    @SequenceGenerator(name = "user_account_seq", sequenceName = "user_account_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true, length = 64)
    private String username;

    @Column(name = "password_hash", nullable = false, length = 512)
    private String passwordHash;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(nullable = false, length = 254)
    private String email;

    @Enumerated(EnumType.STRING)
    @Column(length = 2)
    private CountryCode country;

    @Column(name = "company_id")
    private Long companyId;

    @Column(nullable = false)
    private boolean enabled = true;

    /** The zone the user chose, or {@code null} for their country's ({@link UserTimeZone}). */
    @Column(name = "time_zone", length = 64)
    private String timeZone;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 20)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    protected UserAccount() {
    }

    public UserAccount(String username, String passwordHash, String displayName, String email,
                       CountryCode country, Set<Role> roles) {
        this.username = normalizeUsername(username);
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.email = email;
        this.country = country;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    /** Usernames are case-insensitive: stored and looked up in lower case. */
    public static String normalizeUsername(String username) {
        return username.trim().toLowerCase(Locale.ROOT);
    }

    /**
     * Binds a company user to the company they registered, taking its country; a user represents
     * one company only, so a second binding is refused by the caller before it gets here.
     */
    public void representCompany(Long company, CountryCode companyCountry) {
        if (this.companyId != null) {
            throw new IllegalStateException(username + " already represents company " + this.companyId);
        }
        this.companyId = company;
        this.country = companyCountry;
    }

    /**
     * The zone the portal shows this user's times in; {@code null} returns to the country's
     * default. The caller has checked it with {@link UserTimeZone#require}.
     */
    public void chooseTimeZone(String zone) {
        this.timeZone = zone;
    }

    public Actor asActor() {
        return new Actor(username, roles, country, companyId);
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public CountryCode getCountry() {
        return country;
    }

    public Long getCompanyId() {
        return companyId;
    }

    /** The zone chosen, or {@code null} when the country's default applies. */
    public String getChosenTimeZone() {
        return timeZone;
    }

    public ZoneId getTimeZone() {
        return UserTimeZone.effective(timeZone, country);
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Set<Role> getRoles() {
        return Set.copyOf(roles);
    }
}
