package com.lockvue.bootstrap.support;

import com.lockvue.testsupport.TestClock;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;

/**
 * The application's clock in the Quarkus tests: the shared {@link TestClock} (real time until a test sets it) as
 * the CDI bean that replaces the production clock. Tests that set it must release it.
 */
@Alternative
@Priority(1)
@Singleton
public class ControllableClock extends TestClock {
}
