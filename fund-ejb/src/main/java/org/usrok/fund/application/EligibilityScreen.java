package org.usrok.fund.application;

import java.util.List;

/**
 * The automatic screen run when an application is submitted: the company is verified, the round's
 * application window is open, the plan names at least one material the round supports, and the
 * company has no other open application in the round. Pure: the service gathers the facts.
 */
public final class EligibilityScreen {

    private EligibilityScreen() {
    }

    public static List<EligibilityCheck> run(boolean companyVerified, boolean windowOpen, boolean eligibleMaterial,
                                             boolean noOtherOpenApplication) {
        return List.of(
                check("companyVerified", companyVerified),
                check("applicationWindowOpen", windowOpen),
                check("eligibleMaterial", eligibleMaterial),
                check("noOtherOpenApplication", noOtherOpenApplication));
    }

    private static EligibilityCheck check(String name, boolean passed) {
        return new EligibilityCheck(name, passed, "eligibility." + name + (passed ? ".passed" : ".failed"));
    }

    public static boolean passed(List<EligibilityCheck> checks) {
        return checks.stream().allMatch(EligibilityCheck::passed);
    }
}
