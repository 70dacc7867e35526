package se.kasus.xapi.validation;

import jakarta.validation.ClockProvider;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import java.lang.annotation.Annotation;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Proxy;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Answers one question fast: does a value of the xAPI model break none of its constraints? It runs the model's own
 * constraint validators, found through the same annotations, on the same values, cascading where {@code @Valid}
 * says so, but without a Bean Validation engine's bookkeeping: no property paths, no messages, no groups. Nearly
 * every statement an LRS receives is valid, and for those this is all the checking there is; when the answer is
 * no, {@link XapiValidator} asks the Bean Validation engine for the violations and their paths.
 *
 * <p>It covers what the model uses: records whose components carry constraints and {@code @Valid} (on a bean or a
 * collection of beans), class-level constraints, and constraints in the default group. Thread-safe.
 */
final class ConstraintCheck {

    private final ClassValue<Bean> beans = new ClassValue<>() {
        @Override
        protected Bean computeValue(Class<?> type) {
            return Bean.of(type);
        }
    };

    boolean isValid(Object value) {
        return value == null || beans.get(value.getClass()).isValid(value, this);
    }

    /** The constraints of one record type and how to reach its components. */
    private record Bean(Rule[] rules, Component[] components) {

        static Bean of(Class<?> type) {
            if (!type.isRecord()) {
                throw new IllegalArgumentException(type.getName() + " is not a record of the xAPI model");
            }
            Rule[] rules = Rule.of(type.getAnnotations(), type);
            List<Component> components = new ArrayList<>();
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            for (RecordComponent component : type.getRecordComponents()) {
                Field field;
                MethodHandle accessor;
                try {
                    field = type.getDeclaredField(component.getName());
                    accessor = lookup.unreflect(component.getAccessor())
                            .asType(MethodType.methodType(Object.class, Object.class));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("Cannot read " + type.getName() + "." + component.getName(), e);
                }
                Rule[] fieldRules = Rule.of(field.getAnnotations(), field.getType());
                boolean cascade = field.isAnnotationPresent(Valid.class);
                if (fieldRules.length > 0 || cascade) {
                    components.add(new Component(accessor, fieldRules, cascade));
                }
            }
            return new Bean(rules, components.toArray(Component[]::new));
        }

        boolean isValid(Object bean, ConstraintCheck check) {
            for (Rule rule : rules) {
                if (!rule.isValid(bean)) {
                    return false;
                }
            }
            for (Component component : components) {
                Object value = component.read(bean);
                for (Rule rule : component.rules()) {
                    if (!rule.isValid(value)) {
                        return false;
                    }
                }
                if (component.cascade() && !cascade(value, check)) {
                    return false;
                }
            }
            return true;
        }

        private static boolean cascade(Object value, ConstraintCheck check) {
            if (value instanceof Collection<?> elements) {
                for (Object element : elements) {
                    if (!check.isValid(element)) {
                        return false;
                    }
                }
                return true;
            }
            if (value instanceof Map<?, ?> map) {
                return cascade(map.values(), check);
            }
            return check.isValid(value);
        }
    }

    private record Component(MethodHandle accessor, Rule[] rules, boolean cascade) {

        Object read(Object bean) {
            try {
                return (Object) accessor.invokeExact(bean);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** One constraint annotation with its initialised validator. */
    private record Rule(ConstraintValidator<Annotation, Object> validator, ConstraintValidatorContext context) {

        static Rule[] of(Annotation[] annotations, Class<?> validatedType) {
            List<Rule> rules = new ArrayList<>();
            for (Annotation annotation : annotations) {
                Constraint constraint = annotation.annotationType().getAnnotation(Constraint.class);
                if (constraint != null) {
                    rules.add(new Rule(validator(annotation, constraint, validatedType), Contexts.of(annotation)));
                }
            }
            return rules.toArray(Rule[]::new);
        }

        @SuppressWarnings("unchecked")
        private static ConstraintValidator<Annotation, Object> validator(Annotation annotation, Constraint constraint,
                                                                       Class<?> validatedType) {
            Class<?> chosen = null;
            Class<?> chosenType = null;
            for (Class<? extends ConstraintValidator<?, ?>> candidate : constraint.validatedBy()) {
                Class<?> type = validatedType(candidate);
                if (type.isAssignableFrom(validatedType) && (chosenType == null || chosenType.isAssignableFrom(type))) {
                    chosen = candidate;
                    chosenType = type;
                }
            }
            if (chosen == null) {
                throw new IllegalStateException("No validator of @" + annotation.annotationType().getSimpleName()
                        + " accepts " + validatedType.getName());
            }
            try {
                var constructor = chosen.getDeclaredConstructor();
                constructor.setAccessible(true);
                ConstraintValidator<Annotation, Object> validator =
                        (ConstraintValidator<Annotation, Object>) constructor.newInstance();
                validator.initialize(annotation);
                return validator;
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Cannot create " + chosen.getName(), e);
            }
        }

        /** The second type argument of ConstraintValidator, as the validator class or a superclass binds it. */
        private static Class<?> validatedType(Class<?> validator) {
            for (Class<?> c = validator; c != null; c = c.getSuperclass()) {
                for (Type type : c.getGenericInterfaces()) {
                    if (type instanceof ParameterizedType p && p.getRawType() == ConstraintValidator.class) {
                        Type argument = p.getActualTypeArguments()[1];
                        if (argument instanceof Class<?> raw) {
                            return raw;
                        }
                        if (argument instanceof ParameterizedType generic) {
                            return (Class<?>) generic.getRawType();
                        }
                    }
                }
            }
            throw new IllegalStateException(validator.getName() + " does not name the type it validates");
        }

        boolean isValid(Object value) {
            return validator.isValid(value, context);
        }
    }

    /**
     * Contexts that let a validator describe its violations and forget the description: only the answer counts
     * here. Every builder of the Bean Validation API is answered by a proxy that returns the next one.
     */
    private static final class Contexts implements InvocationHandler {

        private final String message;
        private final Map<Class<?>, Object> proxies = new ConcurrentHashMap<>();

        private Contexts(String message) {
            this.message = message;
        }

        static ConstraintValidatorContext of(Annotation annotation) {
            String message;
            try {
                message = String.valueOf(annotation.annotationType().getMethod("message").invoke(annotation));
            } catch (ReflectiveOperationException e) {
                message = "";
            }
            return (ConstraintValidatorContext) new Contexts(message).proxy(ConstraintValidatorContext.class);
        }

        private Object proxy(Class<?> type) {
            return proxies.computeIfAbsent(type, t ->
                    Proxy.newProxyInstance(ConstraintCheck.class.getClassLoader(), new Class<?>[]{t}, this));
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) {
            Class<?> returned = method.getReturnType();
            return switch (method.getName()) {
                case "hashCode" -> System.identityHashCode(proxy);
                case "equals" -> proxy == args[0];
                case "toString" -> "ConstraintCheck context";
                case "getClockProvider" -> DefaultClock.PROVIDER;
                case "unwrap" -> throw new jakarta.validation.ValidationException("Not available in a quick check");
                default -> returned == String.class ? message
                        : returned.isInterface() ? proxy(returned) : null;
            };
        }
    }

    /**
     * The clock Bean Validation uses when it is not given one, as the full engine of {@link XapiValidator} does:
     * the xAPI model depends on nothing in Kasus, so not on the application's Clock either. Made on first use; no
     * constraint of the model asks for it today.
     */
    private static final class DefaultClock {
        static final ClockProvider PROVIDER = Validation.byDefaultProvider().configure().getDefaultClockProvider();
    }
}
