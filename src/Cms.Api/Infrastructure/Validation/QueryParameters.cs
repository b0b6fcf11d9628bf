using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;

namespace Cms.Api.Infrastructure.Validation;

/// <summary>Works out, from a handler's signature, which query-string names the route binds.</summary>
internal static class QueryParameters
{
    public static HashSet<string> Declared(MethodInfo handler, IEnumerable<string> routeParameters)
    {
        var route = new HashSet<string>(routeParameters, StringComparer.OrdinalIgnoreCase);
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var parameter in handler.GetParameters())
        {
            if (parameter.GetCustomAttribute<AsParametersAttribute>() is not null)
            {
                var constructor = parameter.ParameterType.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
                foreach (var member in constructor.GetParameters())
                {
                    AddIfQuery(names, route, member.Name, member.ParameterType, member.GetCustomAttributes());
                }

                continue;
            }

            AddIfQuery(names, route, parameter.Name, parameter.ParameterType, parameter.GetCustomAttributes());
        }

        return names;
    }

    private static void AddIfQuery(HashSet<string> names, HashSet<string> route, string? name, Type type, IEnumerable<Attribute> attributes)
    {
        var list = attributes.ToList();
        if (list.OfType<FromQueryAttribute>().FirstOrDefault() is { } fromQuery)
        {
            names.Add(fromQuery.Name ?? JsonNamingPolicy.CamelCase.ConvertName(name!));
            return;
        }

        var boundElsewhere = list.Any(a => a is FromRouteAttribute or FromHeaderAttribute or FromBodyAttribute or FromServicesAttribute or FromFormAttribute);
        if (!boundElsewhere && name is not null && !route.Contains(name) && IsSimple(type))
        {
            names.Add(JsonNamingPolicy.CamelCase.ConvertName(name));
        }
    }

    private static bool IsSimple(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (underlying.IsArray)
        {
            underlying = underlying.GetElementType()!;
        }

        return underlying.IsPrimitive || underlying.IsEnum || underlying == typeof(string) || underlying == typeof(Guid)
            || underlying == typeof(DateTime) || underlying == typeof(DateTimeOffset) || underlying == typeof(decimal);
    }
}
