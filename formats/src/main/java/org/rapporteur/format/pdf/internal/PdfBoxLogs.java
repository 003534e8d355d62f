package org.rapporteur.format.pdf.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogConfigurationException;
import org.apache.commons.logging.LogFactory;
import org.apache.commons.logging.impl.Log4jApiLogFactory;

/**
 * PDFBox's own warnings ("No Unicode mapping for CID+88 in font …") belong to the file they came from:
 * while a thread reads a PDF inside {@link #capture()}, the warnings and errors PDFBox logs through
 * commons-logging are collected for that file's report instead of going to the log without its name.
 * Everything else is logged as commons-logging would log it (through the Log4j API). Registered in
 * {@code META-INF/services/org.apache.commons.logging.LogFactory}.
 */
public final class PdfBoxLogs extends LogFactory {
    private static final ThreadLocal<Map<String, Integer>> CAPTURED = new ThreadLocal<>();
    private final LogFactory delegate = new Log4jApiLogFactory();

    /** Collects what PDFBox warns about on this thread until closed. */
    public static Capture capture() {
        Map<String, Integer> messages = new LinkedHashMap<>();
        CAPTURED.set(messages);
        return new Capture(messages);
    }

    /** The messages of one capture, each with how often it came. */
    public static final class Capture implements AutoCloseable {
        private final Map<String, Integer> messages;

        private Capture(Map<String, Integer> messages) {
            this.messages = messages;
        }

        public Map<String, Integer> messages() {
            return Map.copyOf(messages);
        }

        @Override
        public void close() {
            CAPTURED.remove();
        }
    }

    @Override
    public Log getInstance(String name) throws LogConfigurationException {
        return new CapturingLog(delegate.getInstance(name));
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Log getInstance(Class clazz) throws LogConfigurationException {
        return getInstance(clazz.getName());
    }

    @Override
    public Object getAttribute(String name) {
        return delegate.getAttribute(name);
    }

    @Override
    public String[] getAttributeNames() {
        return delegate.getAttributeNames();
    }

    @Override
    public void release() {
        delegate.release();
    }

    @Override
    public void removeAttribute(String name) {
        delegate.removeAttribute(name);
    }

    @Override
    public void setAttribute(String name, Object value) {
        delegate.setAttribute(name, value);
    }

    /** A log that hands warnings and errors to the thread's capture, where there is one. */
    private record CapturingLog(Log log) implements Log {
        private static boolean captured(Object message) {
            Map<String, Integer> messages = CAPTURED.get();
            if (messages == null) {
                return false;
            }
            messages.merge(String.valueOf(message), 1, Integer::sum);
            return true;
        }

        @Override
        public void warn(Object message) {
            if (!captured(message)) {
                log.warn(message);
            }
        }

        @Override
        public void warn(Object message, Throwable t) {
            if (!captured(message)) {
                log.warn(message, t);
            }
        }

        @Override
        public void error(Object message) {
            if (!captured(message)) {
                log.error(message);
            }
        }

        @Override
        public void error(Object message, Throwable t) {
            if (!captured(message)) {
                log.error(message, t);
            }
        }

        @Override
        public void fatal(Object message) {
            if (!captured(message)) {
                log.fatal(message);
            }
        }

        @Override
        public void fatal(Object message, Throwable t) {
            if (!captured(message)) {
                log.fatal(message, t);
            }
        }

        @Override
        public boolean isWarnEnabled() {
            return CAPTURED.get() != null || log.isWarnEnabled();
        }

        @Override
        public boolean isErrorEnabled() {
            return CAPTURED.get() != null || log.isErrorEnabled();
        }

        @Override
        public boolean isFatalEnabled() {
            return CAPTURED.get() != null || log.isFatalEnabled();
        }

        @Override
        public void debug(Object message) {
            log.debug(message);
        }

        @Override
        public void debug(Object message, Throwable t) {
            log.debug(message, t);
        }

        @Override
        public void info(Object message) {
            log.info(message);
        }

        @Override
        public void info(Object message, Throwable t) {
            log.info(message, t);
        }

        @Override
        public void trace(Object message) {
            log.trace(message);
        }

        @Override
        public void trace(Object message, Throwable t) {
            log.trace(message, t);
        }

        @Override
        public boolean isDebugEnabled() {
            return log.isDebugEnabled();
        }

        @Override
        public boolean isInfoEnabled() {
            return log.isInfoEnabled();
        }

        @Override
        public boolean isTraceEnabled() {
            return log.isTraceEnabled();
        }
    }
}
