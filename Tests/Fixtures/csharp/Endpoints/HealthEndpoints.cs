using Microsoft.AspNetCore.Builder;

namespace Shop.Endpoints;

public static class HealthEndpoints  // @def class HealthEndpoints
{
    public static void MapHealth(WebApplication app)  // @def method HealthEndpoints.MapHealth
    {
        app.MapGet("/health", Health);  // @route GET /health HealthEndpoints.Health
        app.MapPost("/health/reset", Reset);  // @route POST /health/reset HealthEndpoints.Reset
        app.MapDelete("/health/{id}", (int id) => "gone");  // @route DELETE /health/{id} -
    }

    public static string Health() => "ok";  // @def method HealthEndpoints.Health

    public static string Reset() => "reset";  // @def method HealthEndpoints.Reset
}
