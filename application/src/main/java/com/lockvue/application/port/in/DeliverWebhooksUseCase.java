package com.lockvue.application.port.in;

/** The delivery worker's step, run by every server instance in the background. */
public interface DeliverWebhooksUseCase {

    /** Claims one endpoint with due deliveries and makes them; false if there was none to claim. */
    boolean deliverNext();
}
